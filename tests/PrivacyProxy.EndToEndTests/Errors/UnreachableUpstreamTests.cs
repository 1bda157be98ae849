using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Errors;

/// <summary>When the upstream cannot be reached, the caller gets a 502 in its route's error envelope, not a bare status.</summary>
public sealed class UnreachableUpstreamTests(UnreachableUpstreamFixture fixture) : IClassFixture<UnreachableUpstreamFixture>
{
    [Theory]
    [InlineData("anthropic/v1/messages", ErrorDialect.Anthropic)]
    [InlineData("chat/completions", ErrorDialect.OpenAI)]
    [InlineData("responses", ErrorDialect.OpenAI)]
    [InlineData("api/chat", ErrorDialect.Ollama)]
    public async Task BodyRoute_UpstreamDown_502InRouteDialect(string path, ErrorDialect dialect)
    {
        using var response = await fixture.PostJsonAsync(path, new
        {
            model = "m",
            max_tokens = 8,
            input = "hi " + Planted.Email,
            messages = new[] { new { role = "user", content = "hi " + Planted.Email } },
        });

        await ErrorShape.AssertAsync(response, dialect, 502);
        var entries = fixture.Logs.Entries;
        entries.Should().Contain(e => e.Contains("failed upstream", StringComparison.Ordinal));
        for (int i = 0; i < entries.Count; i++)
        {
            Planted.Which(entries[i]).Should().BeEmpty("log entry {0} must not carry a planted value", i);
        }
    }

    [Theory]
    [InlineData("api/tags", ErrorDialect.Ollama)]
    [InlineData("v1/models", ErrorDialect.OpenAI)]
    public async Task BodylessRoute_UpstreamDown_502InRouteDialect(string path, ErrorDialect dialect)
    {
        using var client = fixture.Http();

        using var response = await client.GetAsync(path);

        await ErrorShape.AssertAsync(response, dialect, 502);
    }
}
