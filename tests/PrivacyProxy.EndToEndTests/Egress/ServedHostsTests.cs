using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PrivacyProxy.Egress;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// <see cref="ServedHosts"/>: the proxy's own names, listening and SNI hosts, configured hosts and upstream hosts are
/// served however a client spells them (case, port, trailing dot, IDN, IPv6 forms); near misses are not.
/// </summary>
public sealed class ServedHostsTests
{
    private static readonly IPAddress ConnectionAddress = IPAddress.Parse("192.0.2.10");

    private static readonly string[] ServedNames =
    [
        "api.deepseek.com", "upstream-b.example", "front.example", "localhost", "127.0.0.1", "127.3.4.5", "[::1]",
        "[0:0:0:0:0:0:0:1]", "proxy.corp.example", "10.20.30.40", "xn--bcher-kva.example", "bücher.example",
        "listen.corp.example", "sni.corp.example", "[2001:db8::7]", "[2001:0db8:0:0:0:0:0:7]", "192.0.2.10", "[::ffff:192.0.2.10]",
    ];

    private static readonly string[] ForeignNames =
    [
        "evil.example", "api.deepseek.com.evil.example", "deepseek.com", "xapi.deepseek.com", "api.deepseek.co",
        "api-deepseek.com", "localhost.evil.example", "proxy.corp.example.evil", "10.20.30.41", "192.0.2.11",
        "[2001:db8::8]", "bucher.example", "api..deepseek.com", "wildcard.corp.example", "0.0.0.0", "[::]",
    ];

    [Fact]
    public void Serves_AnySpellingOfAServedName_True()
    {
        var hosts = Create(out _);
        var random = new Random(8);
        for (int i = 0; i < 2000; i++)
        {
            string name = ServedNames[random.Next(ServedNames.Length)];
            string spelled = Spell(name, random);

            hosts.Serves(new HostString(spelled), ConnectionAddress).Should().BeTrue($"'{spelled}' names a served host");
        }
    }

    [Fact]
    public void Serves_AnySpellingOfANearMiss_False()
    {
        var hosts = Create(out _);
        var random = new Random(9);
        for (int i = 0; i < 2000; i++)
        {
            string name = ForeignNames[random.Next(ForeignNames.Length)];
            string spelled = Spell(name, random);

            hosts.Serves(new HostString(spelled), ConnectionAddress).Should().BeFalse($"'{spelled}' names another host");
        }
    }

    [Theory]
    [InlineData("exa mple.com")]
    [InlineData("evil.example/path")]
    [InlineData("user@api.deepseek.com")]
    [InlineData("[not-an-address]")]
    [InlineData(".")]
    public void Serves_MalformedHost_False(string host) =>
        Create(out _).Serves(new HostString(host), ConnectionAddress).Should().BeFalse();

    [Fact]
    public void Serves_NoHost_TrueAsTheProxysOwn() =>
        Create(out _).Serves(default, ConnectionAddress).Should().BeTrue("an HTTP/1.0 request without Host addressed the proxy");

    [Fact]
    public void Serves_ConnectionAddressUnknown_OnlyNamesAndLoopback()
    {
        var hosts = Create(out _);

        hosts.Serves(new HostString("192.0.2.10"), null).Should().BeFalse();
        hosts.Serves(new HostString("127.0.0.1:80"), null).Should().BeTrue();
    }

    [Fact]
    public void Serves_AfterAClusterReload_FollowsTheNewDestinations()
    {
        var hosts = Create(out var state);
        hosts.Serves(new HostString("api.deepseek.com"), null).Should().BeTrue();

        state.Set("hosted", ("https://deepseek.corp.example:8443/", null));

        hosts.Serves(new HostString("deepseek.corp.example"), null).Should().BeTrue("the reloaded destination is served");
        hosts.Serves(new HostString("api.deepseek.com"), null).Should().BeFalse("the replaced destination is no longer an upstream");
    }

    private static ServedHosts Create(out FakeProxyState state)
    {
        state = new FakeProxyState();
        state.Set("hosted", ("https://api.deepseek.com/", null), ("http://upstream-b.example:9000/v1", "front.example:443"));
        state.Set("local", ("http://localhost:11434/", null), ("http://[2001:db8::7]:11434/", null));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://0.0.0.0:8080;http://[::]:8081",
            ["Kestrel:Endpoints:egress:Url"] = "https://listen.corp.example:443",
            ["Kestrel:Endpoints:egress:Sni:sni.corp.example:Certificate:Path"] = "unused.pem",
            ["Kestrel:Endpoints:egress:Sni:*.corp.example:Certificate:Path"] = "unused.pem",
        }).Build();
        var options = Options.Create(new EgressOptions { Hosts = ["Proxy.Corp.Example.", "10.20.30.40", "BÜCHER.example"] });
        return new ServedHosts(configuration, options, state);
    }

    /// <summary>The name as a client might send it: random letter case, maybe a trailing dot, maybe a port.</summary>
    private static string Spell(string name, Random random)
    {
        var chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[i]) : chars[i];
        }

        string spelled = new(chars);
        if (!spelled.StartsWith('[') && !char.IsAsciiDigit(spelled[^1]) && random.Next(3) == 0)
        {
            spelled += ".";
        }

        return random.Next(2) == 0 ? spelled : spelled + ":" + random.Next(1, 65536);
    }
}
