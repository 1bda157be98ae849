using System.Text;

namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>The encodings the decoding stage must see through, written independently of the production decoders.</summary>
internal static class Encode
{
    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public static string Base64Url(string text) => Base64(text).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Base64Utf16(string text) => Convert.ToBase64String(Encoding.Unicode.GetBytes(text));

    /// <summary>Base64 wrapped at <paramref name="width"/> characters per line, each line after the first indented.</summary>
    public static string Base64Wrapped(string text, int width, string indent = "")
    {
        var encoded = Base64(text);
        var lines = new List<string>();
        for (var i = 0; i < encoded.Length; i += width)
        {
            lines.Add(encoded.Substring(i, Math.Min(width, encoded.Length - i)));
        }

        return string.Join("\n" + indent, lines);
    }

    public static string Hex(string text) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text));

    /// <summary>Every byte as %XX, so even text with no reserved character is encoded.</summary>
    public static string PercentAll(string text) => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => $"%{b:X2}"));

    /// <summary>Only what a URL must escape, as Uri.EscapeDataString does.</summary>
    public static string Percent(string text) => Uri.EscapeDataString(text);

    public static string DecimalReferences(string text) => string.Concat(text.Select(c => $"&#{(int)c};"));

    public static string HexReferences(string text) => string.Concat(text.Select(c => $"&#x{(int)c:x};"));

    public static string DataUrl(string text) => "data:text/plain;base64," + Base64(text);

    public static string DataUrlPercent(string text) => "data:," + PercentAll(text);
}
