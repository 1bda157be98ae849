using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>
/// One run of chat requests carrying planted values through the three teams (redact, block, route-local) and the
/// '-' caller, on a proxy left running so the tests query its API; the fixture waits until every event is written.
/// </summary>
public sealed class ApiRunFixture : IAsyncLifetime
{
    /// <summary>What the run sends: each step's template, caller, and the categories its text holds (one value each).</summary>
    internal static readonly IReadOnlyList<ApiStep> Steps =
    [
        .. Enumerable.Repeat(new ApiStep("redact", Planted.Sentence, AuditedProxy.RedactKey, "team-redact", "redact-caller", "redact", "hosted",
            ["SECRET", "FINANCIAL", "CONTACT", "GOV_ID", "NETWORK"]), 3),
        .. Enumerable.Repeat(new ApiStep("block", "my key {KEY} and card {CARD}", AuditedProxy.BlockKey, "team-block", "block-caller", "block", "none",
            ["SECRET", "FINANCIAL"]), 2),
        .. Enumerable.Repeat(new ApiStep("local", "my SSN {SSN} is on file", AuditedProxy.LocalKey, "team-local", "local-caller", "route-local", "local",
            ["GOV_ID"]), 2),
        new ApiStep("dash", "write to {MAIL} today", ApiProxy.DashKey, ApiProxy.DashTeam, ApiProxy.DashCaller, "redact", "hosted", ["CONTACT"]),
    ];

    internal ApiProxy Api { get; private set; } = null!;

    internal IReadOnlyList<SentRequest> Sent { get; private set; } = [];

    /// <summary>How many steps match <paramref name="match"/>.</summary>
    internal static int Count(Func<ApiStep, bool> match) => Steps.Count(match);

    public async Task InitializeAsync()
    {
        Api = await ApiProxy.StartAsync();
        var sent = new List<SentRequest>();
        foreach (var step in Steps)
        {
            sent.Add(await Api.ChatAsync(step.Template, step.Key));
        }

        Sent = sent;
        await Api.WaitForEventsAsync(Steps.Count);
    }

    public async Task DisposeAsync() => await Api.DisposeAsync();
}

/// <summary>One request of the run and what the audit should say about it.</summary>
internal sealed record ApiStep(
    string Name, string Template, string Key, string Team, string Caller, string Action, string Upstream, IReadOnlyList<string> Categories);
