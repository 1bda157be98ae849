namespace PrivacyProxy.Audit.Tests;

/// <summary>Well-formed events for tests, at whole milliseconds (what the stores keep).</summary>
internal static class TestEvents
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static AuditEvent Create(
        DateTimeOffset time,
        string team = "payments",
        string caller = "ci-bot",
        AuditAction action = AuditAction.Redact,
        AuditUpstream upstream = AuditUpstream.Hosted,
        string model = "deepseek-chat",
        FindingTally[]? findings = null,
        ValueFingerprint[]? fingerprints = null,
        int issued = 0,
        int mangled = 0,
        int index = 0) => new()
        {
            Time = time,
            RequestId = AuditName.From($"req-{index:D6}"),
            Caller = AuditName.From(caller),
            Team = AuditName.From(team),
            Route = AuditName.From("openai-chat"),
            Protocol = AuditName.From("openai.chat"),
            Upstream = upstream,
            Model = AuditName.From(model),
            Policy = AuditName.From("default"),
            Action = action,
            ShadowPolicy = AuditName.From("strict"),
            ShadowAction = AuditAction.Block,
            Findings = [.. findings ?? [Tally("SECRET", "API_KEY", "openai-key", 2)]],
            Fingerprints = [.. fingerprints ?? []],
            PlaceholdersIssued = issued,
            PlaceholdersMangled = mangled,
            BytesIn = 1000 + index,
            BytesOut = 2000 + index,
            ScanTime = TimeSpan.FromMicroseconds(1500 + index),
            UpstreamLatency = TimeSpan.FromMilliseconds(120),
            StatusCode = action == AuditAction.Block ? 403 : 200,
        };

    public static FindingTally Tally(string category, string type, string rule, int count = 1) =>
        new(AuditName.From(category), AuditName.From(type), AuditName.From(rule), count);
}
