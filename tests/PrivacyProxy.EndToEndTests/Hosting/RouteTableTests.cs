using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.EndToEndTests.Kit;
using Yarp.ReverseProxy;

namespace PrivacyProxy.EndToEndTests.Hosting;

/// <summary>The route table and clusters loaded from the shipped appsettings.json (design.md's contract).</summary>
public sealed class RouteTableTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Theory]
    [InlineData("chat-v1", "/v1/chat/completions", "POST", "openai-chat")]
    [InlineData("chat", "/chat/completions", "POST", "openai-chat")]
    [InlineData("chat-beta", "/beta/chat/completions", "POST", "openai-chat")]
    [InlineData("fim-beta", "/beta/completions", "POST", "openai-completions")]
    [InlineData("fim-v1", "/v1/completions", "POST", "openai-completions")]
    [InlineData("models-v1", "/v1/models", "GET", "none")]
    [InlineData("models", "/models", "GET", "none")]
    public void Routes_ShippedConfiguration_MatchContract(string routeId, string path, string method, string protocol)
    {
        var lookup = fixture.Proxy.Services.GetRequiredService<IProxyStateLookup>();

        lookup.TryGetRoute(routeId, out var route).Should().BeTrue();

        route!.Config.Match.Path.Should().Be(path);
        route.Config.Match.Methods.Should().Equal(method);
        route.Config.ClusterId.Should().Be("hosted");
        route.Config.Metadata!["Protocol"].Should().Be(protocol);
    }

    [Fact]
    public void Clusters_ShippedConfiguration_LongActivityTimeoutsAndDefaultAddresses()
    {
        var lookup = fixture.Proxy.Services.GetRequiredService<IProxyStateLookup>();
        using var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        var clusters = shipped.RootElement.GetProperty("ReverseProxy").GetProperty("Clusters");

        lookup.TryGetCluster("hosted", out var hosted).Should().BeTrue();
        lookup.TryGetCluster("local", out var local).Should().BeTrue();

        hosted!.Model.Config.HttpRequest!.ActivityTimeout.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(10));
        local!.Model.Config.HttpRequest!.ActivityTimeout.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(10));
        Address(clusters, "hosted").Should().Be("https://api.deepseek.com/");
        Address(clusters, "local").Should().Be("http://localhost:11434/");
    }

    private static string? Address(JsonElement clusters, string cluster) =>
        clusters.GetProperty(cluster).GetProperty("Destinations").GetProperty("primary").GetProperty("Address").GetString();
}
