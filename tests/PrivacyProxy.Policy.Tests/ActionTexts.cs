namespace PrivacyProxy.Policy.Tests;

/// <summary>Every action with its configuration text, for theories over all of them.</summary>
public static class ActionTexts
{
    public static TheoryData<string, PolicyAction> All => new()
    {
        { "allow", PolicyAction.Allow },
        { "audit-only", PolicyAction.AuditOnly },
        { "redact", PolicyAction.Redact },
        { "mask", PolicyAction.Mask },
        { "route-local", PolicyAction.RouteLocal },
        { "block", PolicyAction.Block },
    };
}
