using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary><c>allow</c> and <c>audit-only</c>: the body reaches the upstream byte for byte; only audit-only reports what it found.</summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class PassThroughTests(TeamPolicyFixture fixture)
{
    private static readonly Sample[] Found = [Sample.ApiKey, Sample.Email, Sample.Card, Sample.Ssn, Sample.Ip, Sample.Diagnosis];

    [Theory]
    [InlineData("allow", PolicyRequests.Chat)]
    [InlineData("audit-only", PolicyRequests.Chat)]
    [InlineData("allow", PolicyRequests.Anthropic)]
    [InlineData("audit-only", PolicyRequests.Anthropic)]
    public async Task Body_ReachesHostedByteIdentical(string action, string path)
    {
        fixture.ClearUpstreams();
        // Hand-written JSON (odd spacing, an escaped character, members out of the usual order) so any re-serialisation shows.
        string text = Sample.Join(Found);
        string body = path == PolicyRequests.Chat
            ? "{ \"messages\" : [ {\"content\":\"caf\\u00e9 " + text + "\", \"role\":\"user\"} ],\n  \"model\":\"" + FakeReplies.DefaultModel + "\" }"
            : "{\"max_tokens\":64,  \"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"caf\\u00e9 " + text + "\"}]}],\"model\":\"" + AnthropicReplies.Model + "\"}";

        using var response = await fixture.PostAsync(path, body, TeamPolicyFixture.KeyFor(action));

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Body.AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(body)).Should().BeTrue("the body must leave byte for byte");
        fixture.Local.Requests.Should().BeEmpty();
        Sample.Which(await response.Content.ReadAsStringAsync()).Should().Be(Sample.Which(text), "the answer echoes every value as sent");
        var decision = ReportedDecision.Of(response);
        decision.Action.Should().Be(action);
        decision.Findings.Should().Be(action == "allow" ? null : "SECRET=1,CONTACT=1,FINANCIAL=1,GOV_ID=1,NETWORK=1,HEALTH=1");
    }

    [Fact]
    public async Task AllowWithMediaStripped_ValueKeptButImageStillWithheld()
    {
        fixture.ClearUpstreams();
        const string image = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
        string body = JsonSerializer.Serialize(new
        {
            model = AnthropicReplies.Model,
            max_tokens = 64,
            messages = new[]
            {
                new
                {
                    role = "user",
                    content = new object[]
                    {
                        new { type = "text", text = Sample.ApiKey.Text },
                        new { type = "image", source = new { type = "base64", media_type = "image/png", data = image } },
                    },
                },
            },
        });

        using var response = await fixture.PostAsync(PolicyRequests.Anthropic, body, TeamPolicyFixture.KeyOf("team-allow-strip"));

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.BodyText.Contains(image, StringComparison.Ordinal).Should().BeFalse("media the policy strips is withheld even when every value is allowed");
        Sample.ApiKey.In(upstream.BodyText).Should().BeTrue("the allowed value is left as it is");
        ReportedDecision.Of(response).Action.Should().Be("allow");
    }
}
