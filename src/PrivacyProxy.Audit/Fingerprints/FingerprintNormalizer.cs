using System.Text;
using PrivacyProxy.Detection.Normalization;

namespace PrivacyProxy.Audit;

/// <summary>
/// Picks the normalisation of a (category, type) and applies it. Identifiers keep letters as well as digits, so an
/// all-digit number (card, SSN) reduces to its digits while a UK NINO or a passport number keeps its letters.
/// </summary>
public static class FingerprintNormalizer
{
    // Values of these types are free-form text even though their category is otherwise made of identifiers
    // (base58 wallets are case-sensitive; diagnoses and medications are words).
    private static readonly HashSet<string> TextTypes = ["CRYPTO_WALLET", "DIAGNOSIS", "MEDICATION"];

    private static readonly HashSet<string> IdentifierCategories = ["GOV_ID", "FINANCIAL", "HEALTH"];

    private static readonly HashSet<string> IdentifierTypes = ["CREDIT_CARD", "US_SSN", "IBAN", "PHONE"];

    /// <summary>The normalisation for a value of <paramref name="category"/> / <paramref name="type"/>.</summary>
    public static FingerprintNormalization For(string category, string type)
    {
        if (type == "EMAIL")
        {
            return FingerprintNormalization.Email;
        }

        if (TextTypes.Contains(type))
        {
            return FingerprintNormalization.Text;
        }

        return IdentifierTypes.Contains(type) || IdentifierCategories.Contains(category)
            ? FingerprintNormalization.Identifier
            : FingerprintNormalization.Text;
    }

    /// <summary>
    /// <paramref name="value"/> in canonical form. An identifier with no letter or digit falls back to
    /// <see cref="FingerprintNormalization.Text"/>, so it never collapses to the empty string.
    /// </summary>
    public static string Normalize(string value, FingerprintNormalization normalization)
    {
        switch (normalization)
        {
            case FingerprintNormalization.Identifier:
                var compact = Compact(TextFolding.Fold(value));
                return compact.Length > 0 ? compact : Normalize(value, FingerprintNormalization.Text);
            case FingerprintNormalization.Email:
                return TextFolding.Fold(value).Trim().ToLowerInvariant();
            default:
                // Upper then lower folds the letters whose lower case differs from their fold (final sigma, long s).
                return TextFolding.Fold(value).Trim().ToUpperInvariant().ToLowerInvariant();
        }
    }

    private static string Compact(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
