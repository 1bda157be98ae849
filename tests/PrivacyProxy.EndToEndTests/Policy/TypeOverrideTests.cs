using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>A TYPE entry overrides its CATEGORY entry: with SECRET=block and API_KEY=redact an API key passes scrubbed, a password is refused.</summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class TypeOverrideTests(TeamPolicyFixture fixture)
{
    private static readonly string Key = TeamPolicyFixture.KeyOf("team-typed");

    [Fact]
    public async Task ApiKey_TypeSaysRedact_ScrubbedAndRestored()
    {
        fixture.ClearUpstreams();
        string text = Sample.ApiKey.Text;

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(text), Key);

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Sample.Which(upstream.Everything).Should().BeEmpty("the key is redacted");
        upstream.BodyText.Should().Contain("[[API_KEY_");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Sample.Equal(json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString(), FakeReplies.Content(text), "the key is restored");
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("typed", "redact", "SECRET=1", null));
    }

    [Fact]
    public async Task Password_CategorySaysBlock_Refused()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(Sample.Password.Text), Key);

        await ErrorShape.AssertAsync(response, ErrorDialect.OpenAI, 403);
        string message = await response.Content.ReadAsStringAsync();
        Sample.Which(message).Should().BeEmpty("a refusal never quotes a value");
        message.Should().Contain("SECRET/PASSWORD").And.Contain("password-assignment");
        fixture.Upstream.Requests.Should().BeEmpty();
        fixture.Local.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ApiKeyAndPassword_Together_BlockedNamingOnlyThePassword()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(Sample.Join([Sample.ApiKey, Sample.Password])), Key);

        await ErrorShape.AssertAsync(response, ErrorDialect.OpenAI, 403);
        string message = await response.Content.ReadAsStringAsync();
        Sample.Which(message).Should().BeEmpty("a refusal never quotes a value");
        message.Should().Contain("password-assignment").And.NotContain("aws-access-token", "only what blocks is named as blocking");
        fixture.Upstream.Requests.Should().BeEmpty();
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("typed", "block", "SECRET=2", null));
    }
}
