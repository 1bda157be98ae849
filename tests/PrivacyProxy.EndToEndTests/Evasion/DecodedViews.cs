using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// Every reading of what left the proxy that a receiver could make: the wire text (method, path, query, headers,
/// body), the JSON strings of the body (escapes decoded, strings holding JSON opened, also when invalid), and from
/// each of those, bounded in depth and count, the text after percent-decoding until stable, HTML/XML character
/// references, C/JSON escapes, base64 (standard and URL-safe) and hex runs, and RFC 2231 continued parameters
/// joined. Each view is named by the decoders that made it, so a failure says how the value got out.
/// </summary>
internal static partial class DecodedViews
{
    private const int MaxDepth = 4;
    private const int MaxViews = 96;
    private const int MaxJsonDepth = 16;

    // HTML5 names for ASCII punctuation, which WebUtility (HTML 4 names only) leaves as they are.
    private static readonly Dictionary<string, char> Html5Entities = new(StringComparer.Ordinal)
    {
        ["commat"] = '@', ["period"] = '.', ["colon"] = ':', ["sol"] = '/', ["bsol"] = '\\', ["lowbar"] = '_', ["hyphen"] = '-',
        ["dash"] = '-', ["num"] = '#', ["excl"] = '!', ["dollar"] = '$', ["percnt"] = '%', ["quest"] = '?', ["equals"] = '=',
        ["plus"] = '+', ["comma"] = ',', ["semi"] = ';', ["lpar"] = '(', ["rpar"] = ')', ["ast"] = '*', ["Tab"] = '\t',
        ["NewLine"] = '\n', ["grave"] = '`', ["lsqb"] = '[', ["rsqb"] = ']', ["lcub"] = '{', ["rcub"] = '}', ["verbar"] = '|',
    };

    private static readonly (string Name, Func<string, string> Decode)[] Decoders =
    [
        ("percent", PercentDecode),
        ("html", HtmlDecode),
        ("escapes", UnescapeSequences),
        ("base64", DecodeBase64Runs),
        ("hex", DecodeHexRuns),
        ("rfc2231", JoinContinuedParameters),
    ];

    /// <summary>The views of one forwarded request.</summary>
    public static IReadOnlyList<(string Name, string Text)> Of(RecordedRequest request)
    {
        var wire = new StringBuilder().Append(request.Method).Append(' ').Append(request.Path).Append(request.Query).Append('\n');
        foreach (var (name, value) in request.Headers)
        {
            // The upstream's own address and the body length are not caller text.
            if (!name.Equals("Host", StringComparison.OrdinalIgnoreCase) && !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                wire.Append(name).Append(": ").Append(value).Append('\n');
            }
        }

        string body = request.BodyText;
        wire.Append('\n').Append(body);
        return Of(wire.ToString(), body);
    }

    /// <summary>The views of a text (such as an error body), reading it as JSON where it is JSON.</summary>
    public static IReadOnlyList<(string Name, string Text)> Of(string text) => Of(text, text);

    private static List<(string Name, string Text)> Of(string wire, string body)
    {
        var views = new List<(string Name, string Text)> { ("wire", wire) };
        var strings = new StringBuilder();
        if (CollectJson(body, strings, 0))
        {
            views.Add(("json", strings.ToString()));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { wire, strings.ToString() };
        for (int from = 0, depth = 0; depth < MaxDepth && from < views.Count; depth++)
        {
            int until = views.Count;
            for (int i = from; i < until && views.Count < MaxViews; i++)
            {
                foreach (var (name, decode) in Decoders)
                {
                    string decoded = decode(views[i].Text);
                    if (decoded.Length > 0 && seen.Add(decoded) && views.Count < MaxViews)
                    {
                        views.Add((views[i].Name + ">" + name, decoded));
                    }
                }
            }

            from = until;
        }

        return views;
    }

    /// <summary>Appends every string, property name and number of <paramref name="json"/>, opening strings that hold JSON.</summary>
    private static bool CollectJson(string json, StringBuilder into, int depth)
    {
        string trimmed = json.Trim();
        if (depth > MaxJsonDepth || trimmed.Length == 0 || trimmed[0] is not ('{' or '[' or '"'))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed, new JsonDocumentOptions { MaxDepth = 1024 });
            Collect(document.RootElement, into, depth);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void Collect(JsonElement element, StringBuilder into, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    into.Append(property.Name).Append('\n');
                    Collect(property.Value, into, depth);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into, depth);
                }

                break;
            case JsonValueKind.String:
                string value = element.GetString() ?? "";
                into.Append(value).Append('\n');
                CollectJson(value, into, depth + 1);
                break;
            default:
                into.Append(element.GetRawText()).Append('\n');
                break;
        }
    }

    private static string PercentDecode(string text)
    {
        string current = text;
        for (int round = 0; round < 64; round++)
        {
            string next = Uri.UnescapeDataString(current.Replace('+', ' '));
            if (next == current)
            {
                break;
            }

            current = next;
        }

        return current == text ? "" : current;
    }

    private static string HtmlDecode(string text)
    {
        string current = text;
        for (int round = 0; round < 64; round++)
        {
            string next = WebUtility.HtmlDecode(Html5Entity().Replace(current, m => Html5Entities[m.Groups[1].Value].ToString()));
            if (next == current)
            {
                break;
            }

            current = next;
        }

        return current == text ? "" : current;
    }

    private static string UnescapeSequences(string text)
    {
        string decoded = EscapeSequence().Replace(text, match => match.Groups["u"].Success
            ? ((char)Convert.ToInt32(match.Groups["u"].Value, 16)).ToString()
            : match.Groups["x"].Success
                ? ((char)Convert.ToInt32(match.Groups["x"].Value, 16)).ToString()
                : match.Groups["c"].Value switch { "n" => "\n", "r" => "\r", "t" => "\t", "0" => "\0", var other => other });
        return decoded == text ? "" : decoded;
    }

    /// <summary>Runs of base64 or base64url letters, tried at each alignment, kept where they decode to readable text.</summary>
    private static string DecodeBase64Runs(string text)
    {
        var found = new StringBuilder();
        foreach (Match run in Base64Run().Matches(text.Replace("\\n", "\n", StringComparison.Ordinal)))
        {
            string letters = WrappedRunBreaks().Replace(run.Value, "").TrimEnd('=').Replace('-', '+').Replace('_', '/');
            for (int offset = 0; offset < 4 && offset < letters.Length; offset++)
            {
                string aligned = letters[offset..];
                aligned = aligned[..(aligned.Length - (aligned.Length % 4 == 1 ? 1 : 0))];
                aligned += new string('=', (4 - aligned.Length % 4) % 4);
                var bytes = new byte[aligned.Length];
                if (Convert.TryFromBase64String(aligned, bytes, out int written))
                {
                    AppendReadable(bytes.AsSpan(0, written), found);
                }
            }
        }

        return found.ToString();
    }

    private static string DecodeHexRuns(string text)
    {
        var found = new StringBuilder();
        foreach (Match run in HexRun().Matches(text))
        {
            string digits = HexSeparators().Replace(run.Value, "");
            for (int offset = 0; offset < 2; offset++)
            {
                int length = (digits.Length - offset) / 2 * 2;
                AppendReadable(Convert.FromHexString(digits.AsSpan(offset, length)), found);
            }
        }

        return found.ToString();
    }

    private static string JoinContinuedParameters(string text)
    {
        var parts = new SortedDictionary<(string Name, int Index), string>();
        foreach (Match match in ContinuedParameter().Matches(text))
        {
            parts[(match.Groups["name"].Value.ToLowerInvariant(), int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))] =
                match.Groups["v"].Value;
        }

        return string.Join('\n', parts.GroupBy(p => p.Key.Name).Select(g => string.Concat(g.Select(p => p.Value))));
    }

    /// <summary>Appends the readable stretches (6+ characters) of bytes read as UTF-8.</summary>
    private static void AppendReadable(ReadOnlySpan<byte> bytes, StringBuilder into)
    {
        string text = Encoding.UTF8.GetString(bytes);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool readable = i < text.Length && text[i] != '\uFFFD' && (!char.IsControl(text[i]) || text[i] is '\n' or '\r' or '\t');
            if (readable && start < 0)
            {
                start = i;
            }
            else if (!readable && start >= 0)
            {
                if (i - start >= 6)
                {
                    into.Append(text, start, i - start).Append('\n');
                }

                start = -1;
            }
        }
    }

    [GeneratedRegex("&(commat|period|colon|sol|bsol|lowbar|hyphen|dash|num|excl|dollar|percnt|quest|equals|plus|comma|semi|lpar|rpar|ast|Tab|NewLine|grave|lsqb|rsqb|lcub|rcub|verbar);")]
    private static partial Regex Html5Entity();

    [GeneratedRegex(@"\\(?:u(?<u>[0-9A-Fa-f]{4})|x(?<x>[0-9A-Fa-f]{2})|(?<c>[nrt0""\\/']))")]
    private static partial Regex EscapeSequence();

    // A run may be wrapped over lines (PEM, MIME, a Secret pasted at a fixed width).
    [GeneratedRegex(@"[A-Za-z0-9+/_-]{8,}(?:\r?\n[A-Za-z0-9+/_-]{8,})*={0,2}")]
    private static partial Regex Base64Run();

    [GeneratedRegex(@"\r?\n")]
    private static partial Regex WrappedRunBreaks();

    [GeneratedRegex(@"(?:[0-9A-Fa-f]{2}[ :]?){6,}")]
    private static partial Regex HexRun();

    [GeneratedRegex(@"[ :]")]
    private static partial Regex HexSeparators();

    [GeneratedRegex(@"(?<name>[\w-]+)\*(?<n>\d+)\*?=(?:""(?<v>[^""]*)""|(?<v>[^;\s""]*))")]
    private static partial Regex ContinuedParameter();
}
