using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Auditing;

/// <summary>The events the proxy wrote for a run of real HTTP requests: one per request, each telling what happened.</summary>
public sealed class AuditTrailTests(AuditRunFixture run) : IClassFixture<AuditRunFixture>
{
    [Fact]
    public void Run_EveryRequest_OneEventInOrder()
    {
        run.Events.Should().HaveCount(AuditRunFixture.Steps.Count);
        run.Events.Select(static e => e.RequestId.Value).Should().OnlyHaveUniqueItems();
        for (int i = 0; i < run.Events.Count; i++)
        {
            run.Events[i].StatusCode.Should().Be(run.Sent[i].Status, "event {0} ({1}) records the status answered", i, AuditRunFixture.Steps[i].Name);
        }
    }

    [Theory]
    [InlineData("redact-chat", "chat-v1", "openai-chat", "hosted")]
    [InlineData("redact-chat-stream", "chat-v1", "openai-chat", "hosted")]
    [InlineData("redact-anthropic", "anthropic-messages-v1", "anthropic-messages", "hosted")]
    [InlineData("redact-responses", "responses-v1", "openai-responses", "hosted")]
    [InlineData("redact-ollama", "ollama-chat", "ollama-chat", "local")]
    [InlineData("route-local", "chat-v1", "openai-chat", "local")]
    public void Forwarded_EventMatchesDecisionHeadersAndWire(string step, string route, string protocol, string upstream)
    {
        var audit = run.EventOf(step);
        var sent = run.SentOf(step);

        audit.Route.Value.Should().Be(route);
        audit.Protocol.Value.Should().Be(protocol);
        AuditNames.ToText(audit.Upstream).Should().Be(upstream);
        audit.Policy.Value.Should().Be(sent.Policy);
        AuditNames.ToText(audit.Action).Should().Be(sent.Action);
        audit.BytesIn.Should().Be(sent.BytesIn);
        audit.BytesOut.Should().Be(sent.BytesOut);
        audit.ScanTime.Should().BePositive();
        audit.UpstreamLatency.Should().BePositive();
        audit.Model.Should().NotBeNull();
        audit.FindingCount.Should().BePositive();
        audit.Fingerprints.Should().HaveCount(audit.FindingCount, "one fingerprint per value found");
    }

    [Fact]
    public void Redact_CallerTeamShadowAndPlaceholders()
    {
        var audit = run.EventOf("redact-chat");

        audit.Caller!.Value.Value.Should().Be("redact-caller");
        audit.Team!.Value.Value.Should().Be("team-redact");
        audit.Action.Should().Be(AuditAction.Redact);
        audit.Model!.Value.Value.Should().Be(FakeReplies.DefaultModel);
        audit.ShadowPolicy!.Value.Value.Should().Be("block-secrets");
        audit.ShadowAction.Should().Be(AuditAction.Block, "the sentence holds a secret the shadow policy blocks");
        audit.FindingCount.Should().Be(Planted.All.Count);
        audit.PlaceholdersIssued.Should().Be(Planted.All.Count);
        audit.PlaceholdersMangled.Should().Be(0);
        audit.Findings.Select(static f => f.Category.Value).Should().Contain(["SECRET", "FINANCIAL", "CONTACT", "GOV_ID"]);
    }

    [Fact]
    public void Block_NothingForwardedAndSecretTallied()
    {
        var audit = run.EventOf("block");

        audit.Action.Should().Be(AuditAction.Block);
        audit.Upstream.Should().Be(AuditUpstream.None);
        audit.StatusCode.Should().Be(403);
        audit.Policy.Value.Should().Be("block-secrets");
        audit.UpstreamLatency.Should().Be(TimeSpan.Zero);
        audit.PlaceholdersIssued.Should().Be(0, "nothing was sent");
        audit.Findings.Should().Contain(f => f.Category.Value == "SECRET" && f.Count == 1);
        audit.BytesOut.Should().Be(run.SentOf("block").BytesOut, "the refusal's envelope is counted");
    }

    [Fact]
    public void RouteLocal_LocalUpstreamAndNoPlaceholders()
    {
        var audit = run.EventOf("route-local");

        audit.Action.Should().Be(AuditAction.RouteLocal);
        audit.Team!.Value.Value.Should().Be("team-local");
        audit.Model!.Value.Value.Should().Be(FakeReplies.DefaultModel, "the model the caller asked for, before mapping");
        audit.PlaceholdersIssued.Should().Be(0, "the body went as sent to the company's own server");
        audit.Findings.Should().Contain(f => f.Type.Value == "US_SSN");
    }

    [Fact]
    public void MalformedBody_RefusedUnderCallersPolicy()
    {
        var audit = run.EventOf("malformed");

        audit.Action.Should().Be(AuditAction.Refuse);
        audit.Upstream.Should().Be(AuditUpstream.None);
        audit.StatusCode.Should().Be(400);
        audit.Team!.Value.Value.Should().Be("team-redact");
        audit.Policy.Value.Should().Be(run.SentOf("redact-chat").Policy);
        audit.Findings.Should().BeEmpty();
        audit.Fingerprints.Should().BeEmpty();
    }

    [Fact]
    public void WrongKey_RefusedWithoutCallerOrPolicy()
    {
        var audit = run.EventOf("wrong-key");

        audit.Action.Should().Be(AuditAction.Refuse);
        audit.StatusCode.Should().Be(401);
        audit.Caller.Should().BeNull();
        audit.Policy.Value.Should().Be("none");
        audit.Fingerprints.Should().BeEmpty("an unauthenticated body is never scanned");
    }

    [Fact]
    public void ModelHoldingAValue_NotRecorded()
    {
        var audit = run.EventOf("value-as-model");

        audit.Model.Should().BeNull("a model name the detector finds a value in is not kept");
        run.EventOf("redact-chat").Model.Should().NotBeNull();
    }

    [Theory]
    [InlineData(Planted.Card, new[] { "redact-chat", "redact-anthropic", "block" })]
    [InlineData("4111-1111-1111-1111", new[] { "redact-chat", "redact-anthropic", "block" })]
    [InlineData(Planted.Ssn, new[] { "redact-chat", "redact-responses", "route-local" })]
    [InlineData(Planted.Email, new[] { "redact-chat", "redact-chat-stream", "redact-ollama" })]
    public async Task SearchByFingerprint_FindsExactlyTheRequestsThatHeldTheValue(string value, string[] steps)
    {
        var fingerprinter = run.Proxy.Services.GetRequiredService<Fingerprinter>();
        await using var store = new SqliteAuditStore(run.Proxy.DatabasePath);

        var found = await store.SearchAsync(fingerprinter.ForSearch(value).Hashes, 100);

        found.Select(static e => e.Event.RequestId).Should().BeEquivalentTo(steps.Select(s => run.EventOf(s).RequestId));
    }
}
