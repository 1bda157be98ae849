using System.Net;
using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class Ipv6Tests
{
    [Theory]
    [InlineData("2001:db8::1")]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("fe80::1ff:fe23:4567:890a%eth0")]
    [InlineData("::ffff:192.0.2.128")]
    [InlineData("64:ff9b::192.0.2.33")]
    [InlineData("1::")]
    [InlineData("1:2:3:4:5:6:7::")]
    [InlineData("::2")]
    public void IsValid_Addresses_ReturnsTrue(string value) =>
        Ipv6.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("0:0:0:0:0:0:0:1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:0.0.0.0")]
    [InlineData("1::2::3")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("12345::1")]
    [InlineData("g::1")]
    [InlineData(":1:2:3:4:5:6:7")]
    [InlineData("1.2.3.4::")]
    [InlineData("fe80::1%")]
    public void IsValid_LoopbackUnspecifiedOrMalformed_ReturnsFalse(string value) =>
        Ipv6.IsValid(value).Should().BeFalse();

    [Fact]
    public void TryParse_FormattedByIpAddress_ReadsTheSameGroups() =>
        Gen.Byte.Array[16].Sample(
            bytes =>
            {
                var address = new IPAddress(bytes);
                var groups = new ushort[8];
                Ipv6.TryParse(address.ToString(), groups).Should().BeTrue();
                for (var i = 0; i < 8; i++)
                {
                    groups[i].Should().Be((ushort)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]));
                }
            },
            iter: 1000);

    [Fact]
    public void TryParse_CompressedRunsOfZeros_ReadsTheSameGroups() =>
        Gen.Select(Gen.Int[0, 7], Gen.Int[1, 8], Gen.UShort.Array[8]).Sample(
            t =>
            {
                var (start, length, values) = t;
                for (var i = start; i < Math.Min(8, start + length); i++)
                {
                    values[i] = 0;
                }

                var bytes = values.SelectMany(v => new[] { (byte)(v >> 8), (byte)v }).ToArray();
                var text = new IPAddress(bytes).ToString();
                var groups = new ushort[8];
                Ipv6.TryParse(text, groups).Should().BeTrue();
                groups.Should().Equal(values);
            },
            iter: 500);
}
