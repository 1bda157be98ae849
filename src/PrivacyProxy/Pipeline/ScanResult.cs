using PrivacyProxy.Policy;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Stage 3's output: the request as the caller sent it and as it would leave scrubbed, with what was found.
/// Nothing is committed yet: the request itself is untouched until the commit stage picks one of the two.
/// </summary>
/// <param name="OriginalBody">The decoded body as sent (no content coding); null on body-less routes.</param>
/// <param name="ScrubbedBody">The body with every replaced value as its placeholder; null on body-less routes.</param>
/// <param name="OriginalQuery">The query string as sent.</param>
/// <param name="ScrubbedQuery">The query string scrubbed with the same session.</param>
/// <param name="Session">The request's placeholders and findings (records only, no values, are public).</param>
/// <param name="ScanTime">How long reading, decoding and scanning took.</param>
/// <param name="Policies">The caller's enforced and shadow policy the scan ran under (the decision uses the same).</param>
internal sealed record ScanResult(
    byte[]? OriginalBody,
    byte[]? ScrubbedBody,
    QueryString OriginalQuery,
    QueryString ScrubbedQuery,
    RedactionSession Session,
    TimeSpan ScanTime,
    PolicyAssignment Policies);
