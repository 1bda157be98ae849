using System.Security.Cryptography;
using System.Text;

namespace PrivacyProxy.Audit;

/// <summary>
/// A secret key for value fingerprints, and its <see cref="Id"/>: a short hash of the key that is stored beside each
/// fingerprint so that, after a rotation, old events are still searched under the key that made them.
/// </summary>
public sealed class FingerprintKey
{
    /// <summary>The fewest secret bytes accepted (HMAC-SHA256's block of security).</summary>
    public const int MinimumBytes = 32;

    // Its own HKDF label: the installation key also keys the upstream user_id hash, and the two must not be linkable.
    private static readonly byte[] DerivationLabel = Encoding.ASCII.GetBytes("privacyproxy/audit-fingerprint/v1");
    private static readonly byte[] IdLabel = Encoding.ASCII.GetBytes("privacyproxy/audit-fingerprint-key-id/v1");

    private readonly byte[] _secret;

    private FingerprintKey(byte[] secret)
    {
        _secret = secret;
        Span<byte> digest = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(IdLabel, secret, digest);
        Id = Convert.ToHexStringLower(digest[..6]);
    }

    /// <summary>12 hex characters naming the key; safe to store and show (it reveals nothing of the key).</summary>
    public string Id { get; }

    internal ReadOnlySpan<byte> Secret => _secret;

    /// <summary>The fingerprint key derived from the installation key with HKDF-SHA256 under its own label.</summary>
    public static FingerprintKey DeriveFromInstallationKey(ReadOnlySpan<byte> installationKey)
    {
        if (installationKey.Length < MinimumBytes)
        {
            throw new ArgumentException($"The installation key must hold at least {MinimumBytes} bytes.", nameof(installationKey));
        }

        var secret = new byte[MinimumBytes];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, installationKey, secret, salt: [], info: DerivationLabel);
        return new FingerprintKey(secret);
    }

    /// <summary>A key given by configuration as base64 (at least <see cref="MinimumBytes"/> bytes).</summary>
    /// <param name="base64">The configured text.</param>
    /// <param name="configurationKey">The configuration key it came from, named in the error.</param>
    /// <exception cref="ArgumentException">Not base64, or too short (the message names the key, never the value).</exception>
    public static FingerprintKey FromBase64(string base64, string configurationKey)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new ArgumentException($"{configurationKey} is not base64.", nameof(base64));
        }

        return secret.Length >= MinimumBytes
            ? new FingerprintKey(secret)
            : throw new ArgumentException($"{configurationKey} must hold at least {MinimumBytes} bytes of base64.", nameof(base64));
    }

    /// <inheritdoc />
    public override string ToString() => $"FingerprintKey {Id}";
}
