namespace PrivacyProxy.Audit;

/// <summary>What a breakdown groups by.</summary>
public enum AuditDimension
{
    /// <summary>Finding category.</summary>
    Category,

    /// <summary>Finding type.</summary>
    Type,

    /// <summary>Rule id.</summary>
    Rule,

    /// <summary>Caller team.</summary>
    Team,

    /// <summary>Caller id.</summary>
    Caller,

    /// <summary>Upstream (hosted, local, none).</summary>
    Upstream,

    /// <summary>Requested model.</summary>
    Model,
}
