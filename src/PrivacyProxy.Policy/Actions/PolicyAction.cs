namespace PrivacyProxy.Policy;

/// <summary>What a policy does with a finding. Declared in order of strictness, <see cref="Allow"/> weakest.</summary>
public enum PolicyAction
{
    /// <summary>Left as it is and not reported.</summary>
    Allow,

    /// <summary>Found, counted and reported; nothing changed.</summary>
    AuditOnly,

    /// <summary>Replaced by a placeholder that is restored in the answer (the default).</summary>
    Redact,

    /// <summary>Replaced by a placeholder that is never restored.</summary>
    Mask,

    /// <summary>The whole request goes, unscrubbed, to the local upstream instead of the hosted one.</summary>
    RouteLocal,

    /// <summary>The request is refused; nothing reaches any upstream.</summary>
    Block,
}
