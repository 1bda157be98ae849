using System.Net;
using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class Ipv4Tests
{
    [Theory]
    [InlineData("192.168.1.20")]
    [InlineData("10.0.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("255.255.255.255")]
    [InlineData("0.0.0.1")]
    public void IsValid_RoutableOrPrivateAddresses_ReturnsTrue(string value) =>
        Ipv4.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.10.20.30")]
    [InlineData("0.0.0.0")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("01.2.3.4")]   // leading zero: octal in some parsers
    [InlineData("1.2.3.")]
    [InlineData("1..2.3")]
    [InlineData("1.2.3.4 ")]
    public void IsValid_LoopbackUnspecifiedOrMalformed_ReturnsFalse(string value) =>
        Ipv4.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_DottedQuads_AgreesWithIpAddress() =>
        Gen.Byte.Array[4].Sample(
            octets =>
            {
                var text = string.Join('.', octets);
                var expected = IPAddress.TryParse(text, out var address) && !IPAddress.IsLoopback(address)
                    && !address.Equals(IPAddress.Any);
                Ipv4.IsValid(text).Should().Be(expected);
            },
            iter: 1000);
}
