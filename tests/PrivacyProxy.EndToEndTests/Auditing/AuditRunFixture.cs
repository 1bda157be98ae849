using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Policy;

namespace PrivacyProxy.EndToEndTests.Auditing;

/// <summary>
/// One run of requests carrying planted values through several protocols, teams and actions (redact, streaming,
/// block, route-local, a malformed body, a wrong key), then a graceful stop, then the events read back from the
/// SQLite store the proxy wrote. Tests only read what the run left.
/// </summary>
public sealed class AuditRunFixture : IAsyncLifetime
{
    internal const string WrongKey = "pp-audit-not-a-configured-key-0004";

    /// <summary>What each request of the run is (index = position in <see cref="Sent"/> and <see cref="Events"/>).</summary>
    internal static readonly IReadOnlyList<RunStep> Steps =
    [
        new("redact-chat", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Sentence), AuditedProxy.RedactKey),
        new("redact-chat-stream", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("write to {MAIL} today"), stream: true), AuditedProxy.RedactKey),
        new("redact-anthropic", PolicyRequests.Anthropic, PolicyRequests.For(PolicyRequests.Anthropic, Planted.Fill("charge card {CARD} please")), AuditedProxy.RedactKey),
        new("redact-responses", "v1/responses", PolicyRequests.For("v1/responses", Planted.Fill("my SSN {SSN} is on file")), AuditedProxy.RedactKey),
        new("redact-ollama", "api/chat", PolicyRequests.For("api/chat", Planted.Fill("server {IP}, mail {MAIL}")), AuditedProxy.RedactKey),
        new("block", PolicyRequests.Anthropic, PolicyRequests.For(PolicyRequests.Anthropic, Planted.Fill("my key {KEY} and card {CARD}")), AuditedProxy.BlockKey),
        new("route-local", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("my SSN {SSN} is on file")), AuditedProxy.LocalKey),
        new("malformed", PolicyRequests.Chat, "{\"model\": \"deepseek-chat\", \"messages\": [" + Planted.Fill("\"{CARD}"), AuditedProxy.RedactKey),
        new("value-as-model", PolicyRequests.Chat, PolicyRequests.ChatBody("hello", model: Planted.AwsKey), AuditedProxy.RedactKey),
        new("wrong-key", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Sentence), WrongKey),
    ];

    internal AuditedProxy Proxy { get; private set; } = null!;

    internal IReadOnlyList<SentRequest> Sent { get; private set; } = [];

    internal IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    /// <summary>The event of the step named <paramref name="name"/>.</summary>
    internal AuditEvent EventOf(string name) => Events[IndexOf(name)];

    internal SentRequest SentOf(string name) => Sent[IndexOf(name)];

    public async Task InitializeAsync()
    {
        Proxy = await AuditedProxy.StartAsync();
        var sent = new List<SentRequest>();
        foreach (var step in Steps)
        {
            // One at a time, so the store's insertion order is the run's order.
            sent.Add(await Proxy.PostAsync(step.Path, step.Body, step.Key));
        }

        Sent = sent;
        await Proxy.StopAsync();
        Events = await Proxy.ReadEventsAsync();
    }

    public async Task DisposeAsync() => await Proxy.DisposeAsync();

    private static int IndexOf(string name)
    {
        for (int i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "no such step");
    }
}

/// <summary>One request of the run: a name for the test, the route path, the body and the client key.</summary>
internal sealed record RunStep(string Name, string Path, string Body, string? Key);
