namespace PrivacyProxy.Audit;

/// <summary>
/// The fingerprints to search for one typed value: <see cref="Fingerprint"/> (current key, likeliest form) to show,
/// and <see cref="Hashes"/>, every candidate under every key, to give to <see cref="IAuditStore.SearchAsync"/>.
/// </summary>
public sealed record FingerprintSearch(string Fingerprint, IReadOnlyList<string> Hashes);
