using System.Net;

namespace PrivacyProxy.Policy.Tests.Networks;

public sealed class TeamForAddressTests
{
    private static PolicySet Networks(params (string Cidr, string Team)[] rules)
    {
        var definition = new PolicySetDefinition();
        definition.Networks.AddRange(rules.Select(r => new NetworkDefinition { Cidr = r.Cidr, Team = r.Team }));
        return Policies.Set(definition);
    }

    [Theory]
    [InlineData("10.1.2.3", "lab")]
    [InlineData("10.1.9.9", "engineering")]
    [InlineData("10.200.0.1", "corp")]
    [InlineData("192.0.2.7", "guest")]
    [InlineData("198.51.100.1", null)]
    public void TeamForAddress_IPv4_MostSpecificMatchWins(string address, string? team)
    {
        var set = Networks(("10.0.0.0/8", "corp"), ("10.1.2.0/24", "lab"), ("10.1.0.0/16", "engineering"), ("192.0.2.7", "guest"));

        set.TeamForAddress(IPAddress.Parse(address)).Should().Be(team);
        set.HasNetworkRules.Should().BeTrue();
    }

    [Theory]
    [InlineData("2001:db8:1:2::5", "lab")]
    [InlineData("2001:db8:1:ffff::5", "engineering")]
    [InlineData("2001:db8:ff::1", "corp")]
    [InlineData("2001:db9::1", null)]
    [InlineData("10.1.2.3", null)]
    public void TeamForAddress_IPv6_MostSpecificMatchWins(string address, string? team)
    {
        var set = Networks(("2001:db8::/32", "corp"), ("2001:db8:1::/48", "engineering"), ("2001:db8:1:2::/64", "lab"));

        set.TeamForAddress(IPAddress.Parse(address)).Should().Be(team);
    }

    [Fact]
    public void TeamForAddress_IPv4MappedIPv6Address_MatchesIPv4Rule()
    {
        var set = Networks(("10.0.0.0/8", "corp"), ("10.1.2.0/24", "lab"));

        set.TeamForAddress(IPAddress.Parse("10.1.2.3").MapToIPv6()).Should().Be("lab");
        set.TeamForAddress(IPAddress.Parse("::ffff:10.9.9.9")).Should().Be("corp");
    }

    [Fact]
    public void TeamForAddress_IPv4MappedRule_MatchesPlainIPv4Address()
    {
        var set = Networks(("::ffff:10.1.0.0/112", "engineering"));

        set.TeamForAddress(IPAddress.Parse("10.1.4.4")).Should().Be("engineering");
        set.TeamForAddress(IPAddress.Parse("10.2.4.4")).Should().BeNull();
    }

    [Fact]
    public void TeamForAddress_HostBitsInRule_AreIgnored() =>
        Networks(("192.168.1.77/24", "office")).TeamForAddress(IPAddress.Parse("192.168.1.3")).Should().Be("office");

    [Fact]
    public void TeamForAddress_ZeroPrefix_MatchesEveryAddressOfItsFamily()
    {
        var set = Networks(("0.0.0.0/0", "everyone"), ("::/0", "everyone6"));

        set.TeamForAddress(IPAddress.Parse("203.0.113.9")).Should().Be("everyone");
        set.TeamForAddress(IPAddress.Parse("2001:db8::9")).Should().Be("everyone6");
    }

    [Fact]
    public void TeamForAddress_RandomAddresses_AgreeWithPrefixComparison()
    {
        var random = new Random(88);
        for (var round = 0; round < 200; round++)
        {
            var network = new byte[4];
            random.NextBytes(network);
            var prefix = random.Next(0, 33);
            var address = new byte[4];
            random.NextBytes(address);
            var set = Networks(($"{new IPAddress(network)}/{prefix}", "t"));

            var expected = Enumerable.Range(0, prefix).All(bit => ((network[bit / 8] ^ address[bit / 8]) & (0x80 >> (bit % 8))) == 0);

            (set.TeamForAddress(new IPAddress(address)) == "t").Should().Be(expected, $"round {round}");
        }
    }

    [Fact]
    public void TeamForAddress_NetworkTeamWithoutTeamsEntry_GetsDefaultPolicy()
    {
        var set = Networks(("10.0.0.0/8", "unlisted"));

        var team = set.TeamForAddress(IPAddress.Parse("10.0.0.1"));

        set.ForTeam(team).Enforced.Should().BeSameAs(set.Default);
    }
}
