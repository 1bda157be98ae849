namespace PrivacyProxy.Audit;

/// <summary>
/// The stored and API text of <see cref="AuditAction"/> (<c>route-local</c>, ...; the policy configuration's words)
/// and of <see cref="AuditUpstream"/> (<c>hosted</c>, <c>local</c>, <c>none</c>).
/// </summary>
public static class AuditNames
{
    private static readonly string[] Actions = ["allow", "audit-only", "redact", "mask", "route-local", "block", "refuse"];
    private static readonly string[] Upstreams = ["none", "hosted", "local"];

    /// <summary>The text of <paramref name="action"/>.</summary>
    public static string ToText(AuditAction action) => Actions[(int)action];

    /// <summary>The text of <paramref name="upstream"/>.</summary>
    public static string ToText(AuditUpstream upstream) => Upstreams[(int)upstream];

    /// <summary>The action named by <paramref name="text"/> (exact, lower case), or null.</summary>
    public static AuditAction? ParseAction(string? text)
    {
        var index = Array.IndexOf(Actions, text);
        return index < 0 ? null : (AuditAction)index;
    }

    /// <summary>The upstream named by <paramref name="text"/> (exact, lower case), or null.</summary>
    public static AuditUpstream? ParseUpstream(string? text)
    {
        var index = Array.IndexOf(Upstreams, text);
        return index < 0 ? null : (AuditUpstream)index;
    }
}
