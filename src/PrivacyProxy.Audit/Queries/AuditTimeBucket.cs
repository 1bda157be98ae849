namespace PrivacyProxy.Audit;

/// <summary>
/// One bucket of the overview's time series. <see cref="Masked"/> counts requests whose values were replaced by
/// placeholders (redact or mask); <see cref="RoutedLocal"/> those sent to the local upstream.
/// </summary>
public sealed record AuditTimeBucket(DateTimeOffset Start, long Requests, long Findings, long Blocked, long RoutedLocal, long Masked);
