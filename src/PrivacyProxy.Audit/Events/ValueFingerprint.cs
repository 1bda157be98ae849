namespace PrivacyProxy.Audit;

/// <summary>
/// The keyed fingerprint of one value found in a request: a truncated HMAC (32 hex characters), the id of the key
/// that made it, and the value's category and type. Only <see cref="Fingerprinter"/> makes them, so a value cannot
/// be passed off as its fingerprint.
/// </summary>
public sealed record ValueFingerprint
{
    internal ValueFingerprint(string hash, string keyId, AuditName category, AuditName type)
    {
        Hash = hash;
        KeyId = keyId;
        Category = category;
        Type = type;
    }

    /// <summary>The truncated HMAC-SHA256 of the normalised value, lower-case hex.</summary>
    public string Hash { get; }

    /// <summary>The id of the key it was made with (<see cref="FingerprintKey.Id"/>).</summary>
    public string KeyId { get; }

    /// <summary>The category of the value.</summary>
    public AuditName Category { get; }

    /// <summary>The type of the value.</summary>
    public AuditName Type { get; }
}
