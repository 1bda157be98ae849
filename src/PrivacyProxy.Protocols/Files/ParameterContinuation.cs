using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// RFC 2231 section 3 continuations: recognises <c>name*N</c> / <c>name*N*</c> parameter names and reassembles the
/// pieces into the one text a receiver would see (pieces joined as bytes, so a UTF-8 character may straddle two),
/// so a value split across pieces is scanned whole. Pieces must be numbered 0, 1, 2, ... without gaps or repeats;
/// anything else is refused, as receivers disagree on how to read it.
/// </summary>
internal static class ParameterContinuation
{
    /// <summary>Most pieces one parameter may have.</summary>
    public const int MaxSegments = 32;

    /// <summary>True when <paramref name="name"/> is <c>base*N</c> or <c>base*N*</c>; gives the base and number.</summary>
    public static bool TryParseName(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> baseName, out int number, out bool extended)
    {
        baseName = default;
        number = -1;
        extended = name.Length > 0 && name[^1] == (byte)'*';
        var withoutStar = extended ? name[..^1] : name;
        int star = withoutStar.LastIndexOf((byte)'*');
        var digits = star < 0 ? [] : withoutStar[(star + 1)..];
        if (digits.IsEmpty || digits.Length > 3 || digits.ContainsAnyExceptInRange((byte)'0', (byte)'9') ||
            (digits.Length > 1 && digits[0] == (byte)'0'))
        {
            return false;
        }

        baseName = withoutStar[..star];
        number = int.Parse(digits, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The reassembled text of <paramref name="segments"/>.</summary>
    /// <exception cref="ProtocolException">400 when numbering, encoding or UTF-8 is not exactly right.</exception>
    public static string Assemble(ReadOnlySpan<byte> body, List<ParameterSegment> segments, int index)
    {
        if (segments.Count > MaxSegments)
        {
            throw MultipartErrors.MalformedPart(index, $"a continued parameter has more than {MaxSegments} pieces.");
        }

        segments.Sort(static (a, b) => a.Number.CompareTo(b.Number));
        var bytes = new ArrayBufferWriter<byte>();
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Number != i)
            {
                throw MultipartErrors.MalformedPart(index, "continued parameter pieces must be numbered 0, 1, 2, ... once each.");
            }

            var raw = body[segment.ValueStart..segment.ValueEnd];
            if (!segment.Extended)
            {
                bytes.Write(raw);
                continue;
            }

            if (segment.Syntax != HeaderValueSyntax.Token)
            {
                throw MultipartErrors.MalformedPart(index, "an extended parameter piece must not be quoted.");
            }

            if (i == 0 && !ParameterValueCodec.TryStripUtf8Prefix(raw, out raw))
            {
                throw MultipartErrors.MalformedPart(index, "the first extended parameter piece must start with utf-8''.");
            }

            bytes.Write(ParameterValueCodec.PercentDecodeBytes(raw) ??
                throw MultipartErrors.MalformedPart(index, "an extended parameter piece has invalid percent-encoding."));
        }

        return Utf8.IsValid(bytes.WrittenSpan)
            ? Encoding.UTF8.GetString(bytes.WrittenSpan)
            : throw MultipartErrors.MalformedPart(index, "a continued parameter is not valid UTF-8.");
    }

    /// <summary>
    /// Writes <paramref name="text"/> as one extended piece (<c>; name*0*=utf-8''…</c>) over the first piece and
    /// removes the others, so nothing of the original pieces is left.
    /// </summary>
    public static void Rewrite(List<ParameterSegment> segments, string baseName, string text, Json.JsonSplice splice)
    {
        var first = segments[0];
        var writer = splice.Begin(first.ParameterStart, first.ParameterEnd);
        writer.Write(Encoding.ASCII.GetBytes($"; {baseName}*0*="));
        ParameterValueCodec.Write(new HeaderValue(0, 0, HeaderValueSyntax.Token, "", ParameterEncoding.Extended, "utf-8''"), text, writer);
        splice.End();
        foreach (var segment in segments.Skip(1))
        {
            splice.Begin(segment.ParameterStart, segment.ParameterEnd);
            splice.End();
        }
    }
}
