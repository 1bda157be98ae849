using System.Text.Json;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>Checks that a response is the proxy's (or upstream's) error in a protocol's own envelope, quoting no planted value.</summary>
internal static class ErrorShape
{
    /// <summary>
    /// OpenAI: <c>{"error":{"message","type","param","code"}}</c>; Anthropic: <c>{"type":"error","error":{"type","message"}}</c>;
    /// Ollama: <c>{"error":"..."}</c>.
    /// </summary>
    public static async Task AssertAsync(HttpResponseMessage response, ErrorDialect dialect, int status)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        string body = await response.Content.ReadAsStringAsync();
        Planted.Which(body).Should().BeEmpty("an error never quotes the request");
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        switch (dialect)
        {
            case ErrorDialect.Anthropic:
                root.GetProperty("type").GetString().Should().Be("error");
                root.GetProperty("error").GetProperty("type").GetString().Should().NotBeNullOrWhiteSpace();
                root.GetProperty("error").GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
                break;
            case ErrorDialect.Ollama:
                root.EnumerateObject().Select(p => p.Name).Should().Equal("error");
                root.GetProperty("error").GetString().Should().NotBeNullOrWhiteSpace();
                break;
            default:
                var error = root.GetProperty("error");
                error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
                error.GetProperty("type").GetString().Should().NotBeNullOrWhiteSpace();
                error.GetProperty("code").GetString().Should().NotBeNullOrWhiteSpace();
                error.TryGetProperty("param", out _).Should().BeTrue();
                break;
        }
    }
}
