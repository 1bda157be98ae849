using System.Text;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Transport;

/// <summary>
/// Every route is an exact path (no catch-all), so no caller text travels in the path: a path with anything added
/// (a model id, a matrix parameter, an encoded segment) matches no route and is answered 404 without forwarding.
/// </summary>
public sealed class PathTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Theory]
    [InlineData("GET", "v1/models/{KEY}")]
    [InlineData("GET", "v1/models;{KEY}")]
    [InlineData("GET", "v1/models%2F{KEY}")]
    [InlineData("POST", "v1/chat/completions/{KEY}")]
    [InlineData("POST", "anthropic/v1/messages/{KEY}")]
    [InlineData("POST", "files/{KEY}")]
    [InlineData("GET", "api/tags/{KEY}")]
    public async Task PathWithCallerText_NotForwarded(string method, string template)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = new HttpRequestMessage(new HttpMethod(method), template.Replace("{KEY}", Planted.AwsKey, StringComparison.Ordinal));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(404);
        fixture.Upstream.Requests.Should().BeEmpty("no route forwards caller text in the path");
    }
}
