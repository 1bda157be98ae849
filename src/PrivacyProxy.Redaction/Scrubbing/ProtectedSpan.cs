namespace PrivacyProxy.Redaction.Scrubbing;

/// <summary>
/// A span of input to replace by one placeholder: a finding, input text that looks like a placeholder, or the
/// union of overlapping ones. <see cref="FindingIndex"/> names the first finding inside it, -1 when there is none.
/// </summary>
internal readonly record struct ProtectedSpan(int Start, int End, int FindingIndex);
