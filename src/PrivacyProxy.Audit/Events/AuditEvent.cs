using System.Collections.Immutable;

namespace PrivacyProxy.Audit;

/// <summary>
/// What the proxy did with one request. Every text is an <see cref="AuditName"/> (ids and names only) and every
/// value found is a <see cref="ValueFingerprint"/>: there is no field a value, prompt, header value or client IP
/// could be put in.
/// </summary>
public sealed record AuditEvent
{
    private readonly DateTimeOffset _time;
    private readonly ImmutableArray<FindingTally> _findings = [];
    private readonly ImmutableArray<ValueFingerprint> _fingerprints = [];

    /// <summary>When the request arrived, kept in UTC.</summary>
    public required DateTimeOffset Time { get => _time; init => _time = value.ToUniversalTime(); }

    /// <summary>The request id (the host's trace identifier).</summary>
    public required AuditName RequestId { get; init; }

    /// <summary>The caller's id (client key id), when known.</summary>
    public AuditName? Caller { get; init; }

    /// <summary>The caller's team, when known.</summary>
    public AuditName? Team { get; init; }

    /// <summary>The route id.</summary>
    public required AuditName Route { get; init; }

    /// <summary>The wire protocol of the route (<c>openai-chat</c>, <c>anthropic-messages</c>, ...).</summary>
    public required AuditName Protocol { get; init; }

    /// <summary>Where the request went.</summary>
    public required AuditUpstream Upstream { get; init; }

    /// <summary>The model the request named, when it named one.</summary>
    public AuditName? Model { get; init; }

    /// <summary>The policy that decided.</summary>
    public required AuditName Policy { get; init; }

    /// <summary>What was done.</summary>
    public required AuditAction Action { get; init; }

    /// <summary>The team's shadow policy, when it has one.</summary>
    public AuditName? ShadowPolicy { get; init; }

    /// <summary>What the shadow policy would have done.</summary>
    public AuditAction? ShadowAction { get; init; }

    /// <summary>Counts per (category, type, rule).</summary>
    public ImmutableArray<FindingTally> Findings { get => _findings; init => _findings = value.IsDefault ? [] : value; }

    /// <summary>Keyed fingerprints of the values found.</summary>
    public ImmutableArray<ValueFingerprint> Fingerprints { get => _fingerprints; init => _fingerprints = value.IsDefault ? [] : value; }

    /// <summary>Placeholders put in the forwarded request.</summary>
    public int PlaceholdersIssued { get; init => field = NotNegative(value); }

    /// <summary>Issued placeholders the model altered so they could not be restored.</summary>
    public int PlaceholdersMangled { get; init => field = NotNegative(value); }

    /// <summary>Request body bytes received from the caller.</summary>
    public long BytesIn { get; init => field = NotNegative(value); }

    /// <summary>Response body bytes sent to the caller.</summary>
    public long BytesOut { get; init => field = NotNegative(value); }

    /// <summary>Time spent scanning the request.</summary>
    public TimeSpan ScanTime { get; init => field = NotNegative(value); }

    /// <summary>Time from forwarding to the upstream's response headers; zero when nothing was forwarded.</summary>
    public TimeSpan UpstreamLatency { get; init => field = NotNegative(value); }

    /// <summary>The status code answered to the caller.</summary>
    public int StatusCode { get; init; }

    /// <summary>The number of findings over every tally.</summary>
    public int FindingCount
    {
        get
        {
            var total = 0;
            foreach (var tally in _findings)
            {
                total += tally.Count;
            }

            return total;
        }
    }

    private static int NotNegative(int value) => value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));

    private static long NotNegative(long value) => value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));

    private static TimeSpan NotNegative(TimeSpan value) => value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value));
}
