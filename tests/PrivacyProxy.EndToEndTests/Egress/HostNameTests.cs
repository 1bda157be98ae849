using PrivacyProxy.Egress;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary><see cref="HostName.Normalize"/>: one spelling per host; anything that is no host is null.</summary>
public sealed class HostNameTests
{
    [Theory]
    [InlineData("API.DeepSeek.com", "api.deepseek.com")]
    [InlineData("api.deepseek.com.", "api.deepseek.com")]
    [InlineData("BÜCHER.example", "xn--bcher-kva.example")]
    [InlineData("xn--BCHER-kva.example", "xn--bcher-kva.example")]
    [InlineData("[0:0:0:0:0:0:0:1]", "::1")]
    [InlineData("2001:0DB8:0:0::7", "2001:db8::7")]
    [InlineData("[::ffff:192.0.2.1]", "192.0.2.1")]
    [InlineData("127.0.0.1.", "127.0.0.1")]
    [InlineData("under_score.example", "under_score.example")]
    public void Normalize_Spelling_Canonical(string host, string expected) =>
        HostName.Normalize(host).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("a..example")]
    [InlineData("host:443")]
    [InlineData("[::1")]
    [InlineData("https://host")]
    [InlineData("host/path")]
    [InlineData("300.1.1.1")]
    [InlineData("white space.example")]
    public void Normalize_NoHost_Null(string host) =>
        HostName.Normalize(host).Should().BeNull();
}
