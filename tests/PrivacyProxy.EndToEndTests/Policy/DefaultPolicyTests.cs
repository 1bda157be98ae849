using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>With no policy configured, behaviour is as before policies: everything found is redacted (health data included) and reported under "default".</summary>
public sealed class DefaultPolicyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task EveryCategory_RedactedAndRestoredUnderDefault()
    {
        fixture.Upstream.Clear();
        string text = Sample.Join(Sample.All);

        using var response = await fixture.PostJsonAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(text));

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/v1/chat/completions", "nothing is routed elsewhere by default");
        Sample.Which(upstream.Everything).Should().BeEmpty("every value is redacted");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Sample.Equal(json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), FakeReplies.Content(text), "and restored");
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("default", "redact", "SECRET=2,CONTACT=1,FINANCIAL=1,GOV_ID=1,NETWORK=1,HEALTH=2", null));
    }

    [Fact]
    public async Task NothingFound_DefaultPolicyNoFindingsHeader()
    {
        fixture.Upstream.Clear();
        string body = PolicyRequests.ChatBody("what is a monad?");

        using var response = await fixture.PostJsonAsync(PolicyRequests.Chat, body);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        using var sent = JsonDocument.Parse(body);
        upstream.Json.GetProperty("messages").GetRawText().Should().Be(sent.RootElement.GetProperty("messages").GetRawText());
        upstream.Json.TryGetProperty("user_id", out _).Should().BeTrue("as before policies, the caller's user-isolation id is added");
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("default", "allow", null, null));
    }
}
