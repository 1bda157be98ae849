using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary><c>block</c> on every route with a body: 403 in the route's own error shape naming category, type and rule, never the value; nothing forwarded.</summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class BlockTests(TeamPolicyFixture fixture)
{
    [Theory]
    [MemberData(nameof(PolicyRequests.Routes), MemberType = typeof(PolicyRequests))]
    public async Task Secret_AnyRoute_RefusedInRouteShapeAndNothingForwarded(string path, ErrorDialect dialect)
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(path, PolicyRequests.For(path, Sample.Password.Text), TeamPolicyFixture.KeyFor("block"));

        await ErrorShape.AssertAsync(response, dialect, 403);
        string body = await response.Content.ReadAsStringAsync();
        Sample.Which(body).Should().BeEmpty("a refusal never quotes a value");
        using var json = JsonDocument.Parse(body);
        string message = dialect switch
        {
            ErrorDialect.Ollama => json.RootElement.GetProperty("error").GetString()!,
            _ => json.RootElement.GetProperty("error").GetProperty("message").GetString()!,
        };
        message.Should().Contain("SECRET/PASSWORD").And.Contain("password-assignment");
        if (dialect == ErrorDialect.OpenAI)
        {
            json.RootElement.GetProperty("error").GetProperty("type").GetString().Should().Be("privacy_policy_violation");
        }

        fixture.Upstream.Requests.Should().BeEmpty("a blocked request reaches no upstream");
        fixture.Local.Requests.Should().BeEmpty("a blocked request reaches no upstream");
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("block-all", "block", "SECRET=1", null));
    }

    [Fact]
    public async Task StreamingRequest_Blocked_AnsweredAsJsonErrorNotAStream()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(Sample.ApiKey.Text, stream: true), TeamPolicyFixture.KeyFor("block"));

        await ErrorShape.AssertAsync(response, ErrorDialect.OpenAI, 403);
        fixture.Upstream.Requests.Should().BeEmpty();
        fixture.Local.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task NothingFound_BlockPolicy_Forwarded()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody("what is a monad?"), TeamPolicyFixture.KeyFor("block"));

        response.IsSuccessStatusCode.Should().BeTrue();
        fixture.Upstream.Requests.Should().ContainSingle();
        ReportedDecision.Of(response).Should().Be(new ReportedDecision("block-all", "allow", null, null));
    }
}
