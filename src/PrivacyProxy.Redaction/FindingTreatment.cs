namespace PrivacyProxy.Redaction;

/// <summary>What a session does with one finding; the policy chooses it per category and type.</summary>
public enum FindingTreatment
{
    /// <summary>Replaced by a placeholder that the answer restores (policy action <c>redact</c>).</summary>
    Replace,

    /// <summary>Replaced by a placeholder that is never restored: the caller sees the placeholder (<c>mask</c>).</summary>
    ReplaceOneWay,

    /// <summary>Left in the text, but recorded (<c>audit-only</c>).</summary>
    Keep,

    /// <summary>Left in the text and not recorded, as if never found (<c>allow</c>).</summary>
    Ignore,
}
