namespace PrivacyProxy.Hosting;

/// <summary>One client key: an id that is safe to log and audit, and the secret the caller presents.</summary>
internal sealed class ClientKeyOptions
{
    /// <summary>Stable, non-secret name of the caller (logs, audit, the user_id hash input).</summary>
    public string Id { get; set; } = "";

    /// <summary>The secret presented as <c>Authorization: Bearer</c> or <c>x-api-key</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>The team the caller belongs to (picks its policy); empty: the default policy.</summary>
    public string? Team { get; set; }
}
