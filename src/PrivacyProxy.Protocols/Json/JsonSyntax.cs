using System.Text;
using System.Text.Json;

namespace PrivacyProxy.Protocols.Json;

/// <summary>Small checks on JSON text and string values that the walkers share.</summary>
internal static class JsonSyntax
{
    /// <summary>True for the four JSON whitespace bytes.</summary>
    public static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    /// <summary>True when <paramref name="json"/> is exactly one valid JSON value no deeper than <paramref name="maxDepth"/>.</summary>
    public static bool IsValid(ReadOnlySpan<byte> json, int maxDepth)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>True when raw (unescaped) string bytes start with http:// or https://, any case.</summary>
    public static bool IsHttpUrl(ReadOnlySpan<byte> value) =>
        (value.Length >= 7 && Ascii.EqualsIgnoreCase(value[..7], "http://"u8)) ||
        (value.Length >= 8 && Ascii.EqualsIgnoreCase(value[..8], "https://"u8));

    /// <summary>True when the string starts with http:// or https://, any case.</summary>
    public static bool IsHttpUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
