using System.Text;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Tests.Json;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("4111111111111111", "4111111111111111")]
    [InlineData("4.111111111111111e15", "4111111111111111")]
    [InlineData("4.111111111111111E+15", "4111111111111111")]
    [InlineData("4111111111111111.000", "4111111111111111")]
    [InlineData("41111111111111110e-1", "4111111111111111")]
    [InlineData("0.70", "0 7")]
    [InlineData("-5", "-5")]
    [InlineData("-12.50", "-12 5")]
    [InlineData("0.4111111111111111", "0 4111111111111111")]
    [InlineData("0.0000004111111111111111", "0 000000 4111111111111111")]
    [InlineData("4111111111111111e-20", "0 0000 4111111111111111")]
    [InlineData("41111111111111.11", "41111111111111 11")]
    [InlineData("1e400", "1")]
    [InlineData("4111111111111111e400", "4111111111111111")]
    public void Canonical_AnyNumberForm_PlainDigits(string token, string expected)
    {
        NumberText.Canonical(Encoding.ASCII.GetBytes(token)).Should().Be(expected);
    }
}
