using System.Buffers;
using System.Text;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Scrubs one <c>multipart/form-data</c> upload: the boundary (refused if it holds a finding), header text (file
/// names, continued ones reassembled; unknown field names; part Content-Type), field values (unless they are one a
/// files API defines) and text files go through the scrubber in part order; part headers and Content-Disposition
/// parameters no files API defines are removed; unreadable content is refused (also when media is stripped: an
/// upload's content is all it has) or, when media is forwarded, passed as it was. Only changed byte ranges are rewritten, with the same boundary.
/// </summary>
internal static class MultipartScrubber
{
    // Field names of the files APIs (DeepSeek/OpenAI, Anthropic): protocol vocabulary, safe to name in errors.
    private static readonly HashSet<string> KnownFields =
        new(StringComparer.Ordinal) { "file", "purpose", "expires_after[anchor]", "expires_after[seconds]" };

    // The purposes the files APIs define; any other value is scanned like text.
    private static readonly HashSet<string> Purposes =
        new(StringComparer.Ordinal) { "user_data", "assistants", "batch", "fine-tune", "vision", "evals" };

    // expires_after[seconds] is 3600 to 2592000; seven digits bound it without naming the API's range.
    private const int MaxSecondsDigits = 7;

    private static readonly SearchValues<char> UnsafeInHeader = SearchValues.Create("\"\r\n\0");

    /// <summary>Returns the scrubbed body; untouched bytes are copied as they were.</summary>
    /// <exception cref="ProtocolException">415 not multipart or unscannable content; 400 malformed.</exception>
    public static byte[] Rewrite(ReadOnlySpan<byte> body, string? contentType, ITextScrubber scrubber, RequestRewriteOptions options)
    {
        string boundary = MultipartBoundary.Parse(contentType);
        if (!string.Equals(scrubber.Scrub(boundary), boundary, StringComparison.Ordinal))
        {
            // The boundary is repeated through the body and in the Content-Type; it cannot hold a placeholder.
            throw MultipartErrors.Malformed("the boundary holds what looks like sensitive data; use a random boundary.");
        }

        byte[] delimiter = MultipartBoundary.Delimiter(boundary);
        var parts = MultipartReader.Read(body, delimiter);
        var splice = new JsonSplice();
        foreach (var part in parts)
        {
            if (!KnownFields.Contains(part.Name.Text))
            {
                ScrubHeader(part.Name, part.Index, splice, scrubber);
            }

            if (part.FileName is { } fileName)
            {
                ScrubHeader(fileName, part.Index, splice, scrubber);
            }

            if (part.FileNameExtended is { } extended)
            {
                ScrubHeader(extended, part.Index, splice, scrubber);
            }

            if (part.FileNameContinued is { } continued &&
                scrubber.Scrub(continued) is var scrubbedName && !string.Equals(scrubbedName, continued, StringComparison.Ordinal))
            {
                ParameterContinuation.Rewrite(part.FileNameSegments, "filename", scrubbedName, splice);
            }

            foreach (var (start, end) in part.Removals)
            {
                splice.Begin(start, end);
                splice.End();
            }

            foreach (var extra in part.Extras)
            {
                ScrubHeader(extra, part.Index, splice, scrubber);
            }

            ScrubContent(body, part, delimiter, splice, scrubber, options);
        }

        return splice.IsEmpty ? body.ToArray() : splice.Apply(body);
    }

    private static void ScrubContent(
        ReadOnlySpan<byte> body, MultipartPart part, byte[] delimiter, JsonSplice splice, ITextScrubber scrubber, RequestRewriteOptions options)
    {
        var content = body[part.BodyStart..part.BodyEnd];
        if (content.IsEmpty)
        {
            return;
        }

        if (!part.IsFile && FitsFieldGrammar(part.Name.Text, content))
        {
            return;
        }

        if (FileReadability.UnscannableKind(part.ContentType, part.FileNameText, content) is { } kind)
        {
            if (options.Media == MediaHandling.Forward)
            {
                return;
            }

            string label = KnownFields.Contains(part.Name.Text) ? $"part {part.Index + 1} ('{part.Name.Text}')" : $"part {part.Index + 1}";
            throw MultipartErrors.Unscannable(label, kind, options.Media);
        }

        string text = Encoding.UTF8.GetString(content);
        string scrubbed = scrubber.Scrub(text);
        if (string.Equals(text, scrubbed, StringComparison.Ordinal))
        {
            return;
        }

        byte[] replacement = Encoding.UTF8.GetBytes(scrubbed);
        if (replacement.AsSpan().IndexOf(delimiter) >= 0)
        {
            throw MultipartErrors.MalformedPart(part.Index, "the scrubbed content would contain the boundary.");
        }

        if (part.ContentLength is { } length)
        {
            var writer = splice.Begin(length.Start, length.End);
            Encoding.ASCII.GetBytes(replacement.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), writer);
            splice.End();
        }

        splice.Begin(part.BodyStart, part.BodyEnd).Write(replacement);
        splice.End();
    }

    /// <summary>True when a known field's value is one its API defines, so it can leave unscanned.</summary>
    private static bool FitsFieldGrammar(string field, ReadOnlySpan<byte> content) => field switch
    {
        "purpose" => content.Length <= 16 && Purposes.Contains(Encoding.ASCII.GetString(content)),
        "expires_after[anchor]" => content.SequenceEqual("created_at"u8),
        "expires_after[seconds]" => content.Length <= MaxSecondsDigits && !content.ContainsAnyExceptInRange((byte)'0', (byte)'9'),
        _ => false,
    };

    private static void ScrubHeader(HeaderValue value, int index, JsonSplice splice, ITextScrubber scrubber)
    {
        string scrubbed = scrubber.Scrub(value.Text);
        if (string.Equals(value.Text, scrubbed, StringComparison.Ordinal))
        {
            return;
        }

        // Placeholders never carry these; anything that did could end the value or the header early. Encoded
        // values are written as ASCII escapes, so only plain ones need the check.
        if (value.Encoding == ParameterEncoding.None &&
            (scrubbed.AsSpan().ContainsAny(UnsafeInHeader) || (value.Syntax != HeaderValueSyntax.Raw && scrubbed.EndsWith('\\'))))
        {
            throw MultipartErrors.MalformedPart(index, "a scrubbed header value could not be written back safely.");
        }

        ParameterValueCodec.Write(value, scrubbed, splice.Begin(value.Start, value.End));
        splice.End();
    }
}
