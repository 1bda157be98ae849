using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.EndToEndTests.Kit;
using Yarp.ReverseProxy;

namespace PrivacyProxy.EndToEndTests.Hosting;

/// <summary>The route table and clusters loaded from the shipped appsettings.json (design.md's contract).</summary>
public sealed class RouteTableTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Theory]
    [InlineData("chat-v1", "/v1/chat/completions", "POST", "openai-chat", "hosted")]
    [InlineData("chat", "/chat/completions", "POST", "openai-chat", "hosted")]
    [InlineData("chat-beta", "/beta/chat/completions", "POST", "openai-chat", "hosted")]
    [InlineData("fim-beta", "/beta/completions", "POST", "openai-completions", "hosted")]
    [InlineData("fim-v1", "/v1/completions", "POST", "openai-completions", "hosted")]
    [InlineData("models-v1", "/v1/models", "GET", "none", "hosted")]
    [InlineData("models", "/models", "GET", "none", "hosted")]
    [InlineData("responses", "/responses", "POST", "openai-responses", "hosted")]
    [InlineData("responses-v1", "/v1/responses", "POST", "openai-responses", "hosted")]
    [InlineData("embeddings-v1", "/v1/embeddings", "POST", "openai-embeddings", "hosted")]
    [InlineData("anthropic-messages-v1", "/anthropic/v1/messages", "POST", "anthropic-messages", "hosted")]
    [InlineData("anthropic-messages", "/anthropic/messages", "POST", "anthropic-messages", "hosted")]
    [InlineData("anthropic-count-tokens", "/anthropic/v1/messages/count_tokens", "POST", "anthropic-count-tokens", "hosted")]
    [InlineData("files", "/files", "POST", "file-upload", "hosted")]
    [InlineData("files-v1", "/v1/files", "POST", "file-upload", "hosted")]
    [InlineData("anthropic-files", "/anthropic/v1/files", "POST", "anthropic-file-upload", "hosted")]
    [InlineData("ollama-chat", "/api/chat", "POST", "ollama-chat", "local")]
    [InlineData("ollama-generate", "/api/generate", "POST", "ollama-generate", "local")]
    [InlineData("ollama-embed", "/api/embed", "POST", "ollama-embed", "local")]
    [InlineData("ollama-embeddings", "/api/embeddings", "POST", "ollama-embed", "local")]
    [InlineData("ollama-show", "/api/show", "POST", "ollama-show", "local")]
    [InlineData("ollama-tags", "/api/tags", "GET", "none", "local")]
    [InlineData("ollama-root", "/", "GET,HEAD", "none", "local")]
    [InlineData("ollama-ps", "/api/ps", "GET", "none", "local")]
    [InlineData("ollama-version", "/api/version", "GET", "none", "local")]
    public void Routes_ShippedConfiguration_MatchContract(string routeId, string path, string method, string protocol, string cluster)
    {
        var lookup = fixture.Proxy.Services.GetRequiredService<IProxyStateLookup>();

        lookup.TryGetRoute(routeId, out var route).Should().BeTrue();

        route!.Config.Match.Path.Should().Be(path);
        route.Config.Match.Methods.Should().Equal(method.Split(','));
        route.Config.ClusterId.Should().Be(cluster);
        route.Config.Metadata!["Protocol"].Should().Be(protocol);
    }

    [Fact]
    public void Routes_ShippedConfiguration_EveryRouteIsInTheContractTable()
    {
        var lookup = fixture.Proxy.Services.GetRequiredService<IProxyStateLookup>();

        lookup.GetRoutes().Select(r => r.Config.RouteId).Should().BeEquivalentTo(
            ["chat-v1", "chat", "chat-beta", "fim-beta", "fim-v1", "models-v1", "models", "responses", "responses-v1",
             "embeddings-v1", "anthropic-messages-v1", "anthropic-messages", "anthropic-count-tokens", "files", "files-v1",
             "anthropic-files", "ollama-chat", "ollama-generate", "ollama-embed", "ollama-embeddings", "ollama-show",
             "ollama-root", "ollama-tags", "ollama-ps", "ollama-version"],
            "a route added to appsettings.json needs a row above and end-to-end tests");
    }

    [Fact]
    public void BodylessOllamaRoutes_ShippedConfiguration_AnswerInOllamasErrorShape()
    {
        var lookup = fixture.Proxy.Services.GetRequiredService<IProxyStateLookup>();

        foreach (var id in (string[])["ollama-root", "ollama-tags", "ollama-ps", "ollama-version"])
        {
            lookup.TryGetRoute(id, out var route).Should().BeTrue();
            route!.Config.Metadata!["ErrorDialect"].Should().Be("Ollama");
        }
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
