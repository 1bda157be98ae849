namespace PrivacyProxy.Audit;

/// <summary>
/// Which events a page or an export lists: a period and optional exact matches. Filter texts are compared as
/// parameters, never spliced into SQL, so any text (quotes, semicolons) only ever matches nothing.
/// </summary>
public sealed record AuditEventFilter(AuditPeriod Period)
{
    /// <summary>Only this team's events.</summary>
    public string? Team { get; init; }

    /// <summary>Only this caller's events.</summary>
    public string? Caller { get; init; }

    /// <summary>Only events with a finding of this category.</summary>
    public string? Category { get; init; }

    /// <summary>Only events with a finding of this type.</summary>
    public string? Type { get; init; }

    /// <summary>Only events with this action.</summary>
    public AuditAction? Action { get; init; }

    /// <summary>Only events sent to this upstream.</summary>
    public AuditUpstream? Upstream { get; init; }
}
