namespace PrivacyProxy.Audit;

/// <summary>Where a request went: the hosted provider, the local model, or nowhere (blocked, refused, preview).</summary>
public enum AuditUpstream
{
    /// <summary>Nothing was forwarded.</summary>
    None,

    /// <summary>The hosted upstream (the <c>hosted</c> cluster).</summary>
    Hosted,

    /// <summary>The local upstream (the <c>local</c> cluster).</summary>
    Local,
}
