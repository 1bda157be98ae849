using System.Security.Cryptography;
using System.Text;

namespace PrivacyProxy.Audit;

/// <summary>
/// Makes the keyed fingerprints of values: HMAC-SHA256 of the normalised value under the current key, truncated to
/// 16 bytes. Without the key a fingerprint cannot be checked against guesses, so the audit store holds nothing a
/// reader can turn back into a card number.
/// </summary>
public sealed class Fingerprinter(FingerprintKeyRing keys)
{
    private const int HashBytes = 16;

    /// <summary>The fingerprint of <paramref name="value"/>, found as <paramref name="category"/> / <paramref name="type"/>.</summary>
    public ValueFingerprint Fingerprint(string value, AuditName category, AuditName type)
    {
        var normalized = FingerprintNormalizer.Normalize(value, FingerprintNormalizer.For(category.Value, type.Value));
        return new ValueFingerprint(Hash(keys.Current, normalized), keys.Current.Id, category, type);
    }

    /// <summary>
    /// What to look for when someone asks whether <paramref name="value"/> left: the typed value does not say its
    /// type, so every normalisation under every key (current and earlier) is a candidate.
    /// </summary>
    public FingerprintSearch ForSearch(string value)
    {
        var forms = new List<string>(3);
        foreach (var normalization in Enum.GetValues<FingerprintNormalization>())
        {
            var form = FingerprintNormalizer.Normalize(value, normalization);
            if (!forms.Contains(form))
            {
                forms.Add(form);
            }
        }

        var hashes = new List<string>(forms.Count * keys.All.Count);
        foreach (var key in keys.All)
        {
            foreach (var form in forms)
            {
                hashes.Add(Hash(key, form));
            }
        }

        var shown = Hash(keys.Current, FingerprintNormalizer.Normalize(value, Guess(value)));
        return new FingerprintSearch(shown, hashes);
    }

    // The form shown to the person searching: the one the value most likely had when it was found.
    private static FingerprintNormalization Guess(string value)
    {
        if (value.Contains('@'))
        {
            return FingerprintNormalization.Email;
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (!char.IsLetter(c) && c is not (' ' or '-' or '.' or '/'))
            {
                return FingerprintNormalization.Text;
            }
        }

        return digits >= 4 ? FingerprintNormalization.Identifier : FingerprintNormalization.Text;
    }

    private static string Hash(FingerprintKey key, string normalized)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(normalized), mac);
        return Convert.ToHexStringLower(mac[..HashBytes]);
    }
}
