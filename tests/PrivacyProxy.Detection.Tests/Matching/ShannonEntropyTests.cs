using CsCheck;
using PrivacyProxy.Detection.Matching;

namespace PrivacyProxy.Detection.Tests.Matching;

public sealed class ShannonEntropyTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("aaaaaaaa", 0)]
    [InlineData("abababab", 1)]
    [InlineData("abcdabcd", 2)]
    [InlineData("0123456789abcdef", 4)]
    [InlineData("ääöö", 1)]
    public void Of_KnownStrings_GivesBitsPerCharacter(string value, double expected)
    {
        ShannonEntropy.Of(value).Should().BeApproximately(expected, 1e-9);
    }

    [Fact]
    public void Of_NonAsciiAndAsciiOrders_Agree()
    {
        var property = Gen.String[0, 64];

        property.Sample(s =>
        {
            var reversed = new string(s.Reverse().ToArray());
            return Math.Abs(ShannonEntropy.Of(s) - ShannonEntropy.Of(reversed)) < 1e-9;
        });
    }
}
