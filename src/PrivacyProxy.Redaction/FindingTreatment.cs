namespace PrivacyProxy.Redaction;

/// <summary>What a session does with one finding; the policy chooses it per category and type.</summary>
public enum FindingTreatment
{
    /// <summary>Replaced by a placeholder that the answer restores (policy action <c>redact</c>).</summary>
    Replace,

    /// <summary>Replaced by a placeholder that is never restored: the caller sees the placeholder (<c>mask</c>).</summary>
    ReplaceOneWay,

    /// <summary>
    /// Left in the text, but recorded (<c>audit-only</c> and <c>allow</c>: a shadow policy may treat the value
    /// differently, so it must still be known).
    /// </summary>
    Keep,
}
