using System.Text;

namespace PrivacyProxy.Audit;

/// <summary>
/// The NFKC mappings that matter for typed values, done in managed code: the host runs with invariant
/// globalization, where <see cref="string.Normalize(NormalizationForm)"/> leaves non-ASCII text as it is. Covers
/// full-width forms (IME input), compatibility spaces, Latin ligatures, long s, super- and subscript digits;
/// full NFKC follows when the runtime has ICU.
/// </summary>
internal static class CompatibilityFolding
{
    /// <summary><paramref name="value"/> with those characters mapped to their NFKC forms, then NFKC when available.</summary>
    public static string Fold(string value)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < value.Length; i++)
        {
            var mapped = Map(value[i]);
            if (mapped is null && folded is null)
            {
                continue;
            }

            folded ??= new StringBuilder(value.Length).Append(value, 0, i);
            if (mapped is null)
            {
                folded.Append(value[i]);
            }
            else
            {
                folded.Append(mapped);
            }
        }

        return (folded?.ToString() ?? value).Normalize(NormalizationForm.FormKC);
    }

    private static string? Map(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => " ",
        '\u017F' => "s",
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        '\u2070' => "0",
        '\u00B9' => "1",
        '\u00B2' => "2",
        '\u00B3' => "3",
        >= '\u2074' and <= '\u2079' => ((char)('4' + (c - '\u2074'))).ToString(),
        >= '\u2080' and <= '\u2089' => ((char)('0' + (c - '\u2080'))).ToString(),
        _ => null,
    };
}
