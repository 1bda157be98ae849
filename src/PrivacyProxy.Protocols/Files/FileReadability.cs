using System.Text.Unicode;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Decides whether the content of a part is text the scanner can read, from both the declared type (and the file
/// extension when the type says nothing) and the bytes themselves: known binary signatures, NUL bytes and invalid
/// UTF-8 always make a part unscannable, whatever it claims to be.
/// </summary>
internal static class FileReadability
{
    /// <summary>Null when the content can be scanned as UTF-8 text; otherwise a fixed description of what it is.</summary>
    /// <param name="contentType">The part's Content-Type, null when absent (RFC 7578: <c>text/plain</c>).</param>
    /// <param name="fileName">The part's file name, for the extension of untyped files.</param>
    /// <param name="data">The part content.</param>
    public static string? UnscannableKind(string? contentType, string? fileName, ReadOnlySpan<byte> data)
    {
        if (FileSignatures.Detect(data) is { } signature)
        {
            return signature;
        }

        var essence = contentType is null ? "text/plain" : MediaTypes.Essence(contentType);
        bool textCandidate = TextFileTypes.IsTextType(essence) ||
            (TextFileTypes.IsUntyped(essence) && TextFileTypes.HasTextExtension(fileName));
        if (!textCandidate)
        {
            return TextFileTypes.Describe(essence);
        }

        if (data.Contains((byte)0))
        {
            return "binary data (it contains NUL bytes)";
        }

        if (!Utf8.IsValid(data))
        {
            return "not valid UTF-8 text";
        }

        return null;
    }
}
