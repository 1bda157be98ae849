using PrivacyProxy.Redaction;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// The commit stage's output: what was put on the request for forwarding. The header transforms and the restore
/// stage read it.
/// </summary>
/// <param name="Upstream">Where the request goes.</param>
/// <param name="BodyLength">Length of the body sent, when the route has one.</param>
/// <param name="Restorer">The session to restore the answer from; null when nothing was replaced (or sent as is).</param>
/// <param name="Path">The path to send instead of the route's own, when the request was moved to another cluster.</param>
internal sealed record CommittedRequest(Upstream Upstream, long? BodyLength, RedactionSession? Restorer, string? Path = null)
{
    /// <summary>When the request was committed (a <see cref="System.Diagnostics.Stopwatch"/> timestamp): the audit's upstream latency starts here.</summary>
    public long CommittedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();
}
