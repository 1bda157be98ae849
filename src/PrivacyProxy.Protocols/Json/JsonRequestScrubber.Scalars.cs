using System.Text;
using System.Text.Json;

namespace PrivacyProxy.Protocols.Json;

/// <summary>What the walk does with each scalar, by the role its shape gives it.</summary>
internal sealed partial class JsonRequestScrubber
{
    private void OnScalar(ref Utf8JsonReader reader, JsonShape shape)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            OnNumber(ref reader, shape);
            return;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            // true, false and null carry nothing.
            return;
        }

        int start = (int)reader.TokenStartIndex;
        int end = StringTokenEnd(ref reader);
        switch (shape.Role)
        {
            case FieldRole.Vocabulary:
                OnVocabulary(JsonStringReader.GetString(ref reader), start, end, shape.Grammar!);
                break;
            case FieldRole.Media:
                OnMedia(ref reader, start, end, shape);
                break;
            case FieldRole.Label:
                OnLabel(JsonStringReader.GetString(ref reader), start, end);
                break;
            case FieldRole.Identifier when _options.HashIdentifier is { } hash:
                _splice.ReplaceWithString(start, end, hash(JsonStringReader.GetString(ref reader)));
                break;
            default:
                AddText(JsonStringReader.GetString(ref reader), start, end);
                break;
        }
    }

    /// <summary>
    /// Numbers are scanned as their plain digits wherever they are (a card number sent as a number is still one);
    /// token ids cannot be, and vocabulary numbers must be in range.
    /// </summary>
    private void OnNumber(ref Utf8JsonReader reader, JsonShape shape)
    {
        ReadOnlySpan<byte> token = reader.ValueSpan;
        if (shape.Role == FieldRole.TokenIds)
        {
            if (_options.Media != MediaHandling.Forward)
            {
                throw UnscannableTokenIds(CurrentPath(), _options.Media);
            }

            return;
        }

        if (shape.Grammar is { Kind: FieldGrammarKind.Number } range && !range.InRange(NumberText.Value(token)))
        {
            throw Invalid($"The request field '{CurrentPath()}' must be a number from {range.Min} to {range.Max}.");
        }

        int start = (int)reader.TokenStartIndex;
        _pieces.Token(_document, start, start + token.Length, _pieces.Add(_document, NumberText.Canonical(token)));
    }

    /// <summary>
    /// Scans an id or name alone, at once (control characters removed). It creates placeholders only when it holds a
    /// finding, so for every real id the numbering of the texts scrubbed later is unchanged.
    /// </summary>
    private void OnLabel(string value, int start, int end)
    {
        string view = ScanView.Of(value, unescapeAll: false) ?? value;
        string scrubbed = _scrubber.Scrub(view);
        if (!string.Equals(scrubbed, view, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString(start, end, scrubbed);
        }
    }

    private void OnVocabulary(string value, int start, int end, FieldGrammar grammar)
    {
        if (grammar.Kind == FieldGrammarKind.Opaque)
        {
            // Provider ciphertext cannot hold a placeholder (the provider would reject it), so a value that is not
            // ciphertext, or in which the detector finds anything, is refused; a clean blob creates no placeholder.
            if (!OpaqueBlob.IsPlausible(value) || !string.Equals(_scrubber.Scrub(value), value, StringComparison.Ordinal))
            {
                throw Invalid(
                    $"The request field '{CurrentPath()}' must be the opaque data the provider issued (base64 ciphertext), " +
                    "so the request was not forwarded.");
            }

            return;
        }

        if (!grammar.Accepts(value))
        {
            AddText(value, start, end);
        }
    }

    /// <summary>
    /// Collects a text for scrubbing. A string that holds JSON is also walked as a document (tool-call arguments,
    /// tool results); one that does not parse, or nests too deep, is scanned as written and with its escapes decoded.
    /// </summary>
    private void AddText(string value, int start, int end)
    {
        bool json = LooksLikeJson(value);
        if (json && _embedding < MaxEmbedding && TryAddDocument(value, start, end))
        {
            return;
        }

        int raw = _pieces.Add(_document, value);
        string? view = ScanView.Of(value, unescapeAll: json);
        _pieces.Token(_document, start, end, raw, view is null ? -1 : _pieces.Add(_document, view));
    }

    /// <summary>
    /// Walks <paramref name="value"/> as a document when it is one. The whole document is also one piece, read as
    /// text so that a cue and its value are seen together, with the escapes that could hide a key or value written
    /// out (<see cref="ScanView.OfDocument"/>); that piece scrubbed is what leaves when it found everything the walk
    /// found (see <see cref="TextPieces.Resolve"/>).
    /// </summary>
    private bool TryAddDocument(string value, int start, int end)
    {
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(value);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }

        if (!JsonSyntax.IsValid(bytes, MaxDepth - 1))
        {
            return false;
        }

        int document = _pieces.AddDocument(bytes, _document, start, end, _pieces.Add(_document, ScanView.OfDocument(value) ?? value));
        var inner = new JsonRequestScrubber(_pieces, document, _embedding + 1, _scrubber, _options, identity: null);
        inner.Walk(bytes, JsonShape.FreeForm, requireObject: false);
        return true;
    }

    /// <summary>An object, an array, or a JSON string literal (a document encoded twice), after leading whitespace.</summary>
    private static bool LooksLikeJson(string value)
    {
        int first = value.AsSpan().IndexOfAnyExcept(" \t\r\n");
        return first >= 0 && value[first] is '{' or '[' or '"';
    }
}
