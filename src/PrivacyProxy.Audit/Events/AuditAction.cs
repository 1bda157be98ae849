namespace PrivacyProxy.Audit;

/// <summary>
/// What the proxy did with a request: the policy actions (same order of strictness as the policy engine's) plus
/// <see cref="Refuse"/>, for a request refused before any policy applied (unscannable body, media refused).
/// </summary>
public enum AuditAction
{
    /// <summary>Forwarded unchanged, nothing reported.</summary>
    Allow,

    /// <summary>Forwarded unchanged, findings reported.</summary>
    AuditOnly,

    /// <summary>Values replaced by placeholders that were restored in the answer.</summary>
    Redact,

    /// <summary>Values replaced by placeholders that were not restored.</summary>
    Mask,

    /// <summary>The whole request went to the local upstream.</summary>
    RouteLocal,

    /// <summary>Refused by policy; nothing forwarded.</summary>
    Block,

    /// <summary>Refused because it could not be scanned or handled (fail closed); nothing forwarded.</summary>
    Refuse,
}
