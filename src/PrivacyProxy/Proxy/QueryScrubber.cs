using PrivacyProxy.Protocols;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Scrubs the query string with the request's session, so nothing detected leaves in the URL either. Each
/// <c>name=value</c> pair is percent-decoded until stable (<c>+</c> as a space; double and triple encoding
/// unwrapped) and scanned as one text, so a cue in the name (<c>password=…</c>) counts for its value. A pair with
/// a finding is written back as its scrubbed, decoded text encoded once; every other pair leaves byte for byte.
/// A pair still changing after <see cref="MaxDecodeRounds"/> rounds cannot be scanned with certainty: refused.
/// </summary>
internal static class QueryScrubber
{
    /// <summary>Decoding rounds before a query is refused (real clients encode once; a few proxies twice).</summary>
    public const int MaxDecodeRounds = 8;

    /// <summary>Returns <paramref name="query"/> scrubbed: unchanged (the same value) when nothing was found.</summary>
    /// <exception cref="ProtocolException">400 when a pair is encoded more deeply than <see cref="MaxDecodeRounds"/>.</exception>
    public static QueryString Scrub(QueryString query, ITextScrubber scrubber)
    {
        if (!query.HasValue || query.Value!.Length <= 1)
        {
            return query;
        }

        var pairs = query.Value.AsSpan(1).ToString().Split('&');
        bool changed = false;
        for (int i = 0; i < pairs.Length; i++)
        {
            string pair = pairs[i];
            int equals = pair.IndexOf('=');
            string name = Decode(equals < 0 ? pair : pair[..equals]);
            string text = equals < 0 ? name : name + "=" + Decode(pair[(equals + 1)..]);
            string scrubbed = scrubber.Scrub(text);
            if (string.Equals(scrubbed, text, StringComparison.Ordinal))
            {
                continue;
            }

            changed = true;
            pairs[i] = equals >= 0 && scrubbed.StartsWith(name + "=", StringComparison.Ordinal)
                ? pair[..equals] + "=" + Uri.EscapeDataString(scrubbed[(name.Length + 1)..])
                : Uri.EscapeDataString(scrubbed);
        }

        return changed ? new QueryString("?" + string.Join('&', pairs)) : query;
    }

    /// <summary>Percent-decodes (and reads <c>+</c> as a space) until the text stops changing.</summary>
    internal static string Decode(string component)
    {
        string text = component;
        for (int round = 0; round < MaxDecodeRounds; round++)
        {
            if (text.AsSpan().IndexOfAny('%', '+') < 0)
            {
                return text;
            }

            string next = Uri.UnescapeDataString(text.Replace('+', ' '));
            if (string.Equals(next, text, StringComparison.Ordinal))
            {
                return text;
            }

            text = next;
        }

        throw new ProtocolException(
            400, ProtocolErrorCodes.InvalidRequest, $"The query string is percent-encoded more than {MaxDecodeRounds} times over and cannot be scanned.");
    }
}
