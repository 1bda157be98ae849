using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>When the company's own server cannot be reached, a request routed there fails in its route's shape and never falls back to the hosted API.</summary>
public sealed class LocalServerDownTests(LocalServerDownFixture fixture) : IClassFixture<LocalServerDownFixture>
{
    [Theory]
    [InlineData(PolicyRequests.Chat, ErrorDialect.OpenAI)]
    [InlineData(PolicyRequests.Anthropic, ErrorDialect.Anthropic)]
    public async Task RoutedLocally_LocalDown_UpstreamErrorAndHostedGetsNothing(string path, ErrorDialect dialect)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync(path, PolicyRequests.For(path, Sample.Diagnosis.Text));

        await ErrorShape.AssertAsync(response, dialect, 502);
        Sample.Which(await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        fixture.Upstream.Requests.Should().BeEmpty("health data never goes to the hosted API, not even when the local server is down");
        ReportedDecision.Of(response).Action.Should().Be("route-local");
    }
}
