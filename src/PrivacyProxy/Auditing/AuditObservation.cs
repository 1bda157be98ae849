namespace PrivacyProxy.Auditing;

/// <summary>What the audit stage saw of a request itself, beside the features the other stages left.</summary>
/// <param name="Arrived">When the request reached the pipeline.</param>
/// <param name="BytesOut">Response body bytes written to the caller.</param>
/// <param name="ResponseStarted">When the response headers went out (a Stopwatch timestamp); null if they never did.</param>
/// <param name="Failed">A later stage threw.</param>
internal sealed record AuditObservation(DateTimeOffset Arrived, long BytesOut, long? ResponseStarted, bool Failed);
