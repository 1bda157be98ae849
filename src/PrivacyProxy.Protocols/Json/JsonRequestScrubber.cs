using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Scrubs a JSON request body in one forward pass, guided by the protocol's <see cref="JsonShape"/>: every string,
/// number and unknown property name is classified (text, vocabulary checked against its grammar, label, media, token
/// ids, identifier) and collected in document order into <see cref="TextPieces"/>, which scrubs them together, joined
/// across boundaries, and rewrites only the tokens whose value changed; every other byte is copied through.
/// A string that holds JSON is walked as a document of its own (at most <see cref="MaxEmbedding"/> levels of
/// strings inside strings), and also scanned as written.
/// </summary>
internal sealed partial class JsonRequestScrubber
{
    /// <summary>Deepest nesting accepted, in requests and in embedded JSON documents.</summary>
    public const int MaxDepth = 64;

    /// <summary>Levels of JSON documents inside strings walked as documents; deeper ones are scanned as text.</summary>
    public const int MaxEmbedding = 8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TextPieces _pieces;
    private readonly int _document;
    private readonly int _embedding;
    private readonly ITextScrubber _scrubber;
    private readonly RequestRewriteOptions _options;
    private readonly IdentityField? _identity;
    private readonly JsonSplice _splice;
    private readonly List<Frame> _frames = [];
    private int _pendingIdentityLevel = -1;

    private JsonRequestScrubber(
        TextPieces pieces, int document, int embedding, ITextScrubber scrubber, RequestRewriteOptions options, IdentityField? identity)
    {
        _pieces = pieces;
        _document = document;
        _embedding = embedding;
        _scrubber = scrubber;
        _options = options;
        _identity = identity;
        _splice = pieces.SpliceOf(document);
    }

    /// <summary>Scrubs a request body whose root must be an object.</summary>
    /// <exception cref="ProtocolException">Malformed body, unscannable media or token ids, or vocabulary out of its grammar.</exception>
    public static byte[] Rewrite(
        ReadOnlySpan<byte> json, JsonShape root, IdentityField? identity, ITextScrubber scrubber, RequestRewriteOptions options)
    {
        if (options.UserId is not null)
        {
            IdentityField.Validate(options.UserId);
        }

        if (!Utf8.IsValid(json))
        {
            throw Invalid("The request body is not valid UTF-8.");
        }

        var pieces = new TextPieces();
        var walker = new JsonRequestScrubber(pieces, TextPieces.Root, 0, scrubber, options, identity);
        try
        {
            walker.Walk(json, root, requireObject: true);
        }
        catch (JsonException e)
        {
            // The reader's own message quotes body characters; only positions are reported.
            throw Invalid($"The request body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        return pieces.Resolve(json, scrubber);
    }

    private static ProtocolException Invalid(string message) =>
        new(400, ProtocolErrorCodes.InvalidRequest, message);

    private void Walk(ReadOnlySpan<byte> json, JsonShape root, bool requireObject)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        if (!reader.Read())
        {
            throw Invalid("The request body is empty.");
        }

        if (requireObject && reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid("The request body must be a JSON object.");
        }

        _pendingIdentityLevel = _identity is null ? -1 : 0;
        Dispatch(ref reader, json, root);
        while (reader.Read())
        {
            Dispatch(ref reader, json, root);
        }
    }

    private void Dispatch(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonShape root)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                OnPropertyName(ref reader, json, root);
                break;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                OnStart(ref reader, root);
                break;
            case JsonTokenType.EndObject:
                OnEndObject((int)reader.TokenStartIndex);
                break;
            case JsonTokenType.EndArray:
                OnEndArray((int)reader.TokenStartIndex);
                break;
            default:
                SeeNoteField(ref reader);
                OnScalar(ref reader, NextValueShape(root));
                break;
        }
    }

    private JsonShape NextValueShape(JsonShape root)
    {
        if (_frames.Count == 0)
        {
            return root;
        }

        ref var top = ref CollectionsMarshal.AsSpan(_frames)[^1];
        if (!top.IsArray)
        {
            return top.ValueShape;
        }

        top.Count++;
        return top.Shape.Items;
    }

    private void OnStart(ref Utf8JsonReader reader, JsonShape root)
    {
        SeeNoteField(ref reader);
        var shape = NextValueShape(root);
        if (reader.CurrentDepth >= MaxDepth)
        {
            throw Invalid($"The request body nests deeper than {MaxDepth} levels.");
        }

        if (shape.Discriminator is not null && reader.TokenType == JsonTokenType.StartObject)
        {
            shape = ResolveVariant(reader, shape);
        }

        _frames.Add(new Frame
        {
            Shape = shape,
            IsArray = reader.TokenType == JsonTokenType.StartArray,
            IdentityLevel = reader.TokenType == JsonTokenType.StartObject ? _pendingIdentityLevel : -1,
            ValueShape = JsonShape.FreeForm,
            Start = (int)reader.TokenStartIndex,
            PieceMark = shape.Withholding is null ? default : _pieces.Mark(),
            SpliceMark = shape.Withholding is null ? 0 : _splice.Mark(),
            NoteStart = NoNoteField,
        });
        _pendingIdentityLevel = -1;
    }

    /// <summary>Reads ahead (on a copy of the reader) to the object's discriminator and picks the variant.</summary>
    private static JsonShape ResolveVariant(Utf8JsonReader peek, JsonShape shape)
    {
        int depth = peek.CurrentDepth;
        string? value = null;
        bool ambiguous = false;
        while (peek.Read() && !(peek.TokenType == JsonTokenType.EndObject && peek.CurrentDepth == depth))
        {
            bool match = peek.ValueTextEquals(shape.Discriminator);
            peek.Read();
            if (match)
            {
                ambiguous |= value is not null || peek.TokenType != JsonTokenType.String;
                value = peek.TokenType == JsonTokenType.String ? JsonStringReader.GetString(ref peek) : string.Empty;
            }

            if (peek.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                peek.Skip();
            }
        }

        return shape.Variant(value, ambiguous);
    }

    private void OnEndObject(int position)
    {
        var top = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (top.Withheld > 0)
        {
            WithholdPart(top, position + 1);
            return;
        }

        if (top.Notes is not null)
        {
            AddNotes(top, position);
        }

        if (top.IdentityLevel >= 0 && !top.IdentitySeen && _options.UserId is { } userId && _identity is not null)
        {
            var writer = _splice.Begin(position, position);
            if (top.Count > 0)
            {
                writer.Write(","u8);
            }

            _identity.WriteMemberFrom(top.IdentityLevel, userId, writer);
            _splice.End();
        }
    }

    private void OnPropertyName(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonShape root)
    {
        ref var top = ref CollectionsMarshal.AsSpan(_frames)[^1];
        string name = JsonStringReader.GetString(ref reader);
        top.Count++;
        top.Name = name;
        int nameStart = (int)reader.TokenStartIndex;
        int nameEnd = StringTokenEnd(ref reader);

        if (top.IdentityLevel >= 0 && _identity is not null && name == _identity.NameAt(top.IdentityLevel))
        {
            top.IdentitySeen = true;
            if (OnIdentityProperty(ref reader, json, top.IdentityLevel, nameStart))
            {
                return;
            }

            top = ref CollectionsMarshal.AsSpan(_frames)[^1];
        }

        if (!top.Shape.TryGetProperty(name, out var shape))
        {
            AddText(name, nameStart, nameEnd);
        }

        top.ValueShape = shape;
    }

    /// <summary>Handles the identity path; returns true when the value was consumed here.</summary>
    private bool OnIdentityProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int level, int nameStart)
    {
        bool leaf = level == _identity!.Depth - 1;
        var peek = reader;
        peek.Read();
        if (!leaf && peek.TokenType == JsonTokenType.StartObject)
        {
            _pendingIdentityLevel = level + 1;
            return false;
        }

        if (!leaf && _options.UserId is null)
        {
            return false;
        }

        reader.Read();
        int valueStart = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }

        int valueEnd = (int)reader.BytesConsumed;
        if (_options.UserId is { } userId)
        {
            _identity.WriteValueFrom(level + 1, userId, _splice.Begin(valueStart, valueEnd));
            _splice.End();
        }
        else
        {
            _splice.RemoveMember(json, nameStart, valueEnd);
        }

        return true;
    }

    private string CurrentPath()
    {
        var path = new StringBuilder();
        foreach (var frame in _frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Count - 1).Append(']');
            }
            else
            {
                path.Append(path.Length > 0 ? "." : string.Empty).Append(frame.Name);
            }
        }

        return path.ToString();
    }

    private static int StringTokenEnd(ref Utf8JsonReader reader) =>
        (int)reader.TokenStartIndex + reader.ValueSpan.Length + 2;

    private void OnEndArray(int position)
    {
        var top = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (top.Withheld > 0)
        {
            WithholdPart(top, position + 1);
        }
    }

    private struct Frame
    {
        public JsonShape Shape;
        public bool IsArray;
        public int Count;
        public string? Name;
        public JsonShape ValueShape;
        public int IdentityLevel;
        public bool IdentitySeen;

        /// <summary>Where the object or array starts; with the marks below, used when it is withheld whole.</summary>
        public int Start;
        public TextPieces.Checkpoint PieceMark;
        public int SpliceMark;

        /// <summary>Inline media found inside this part (and the kind of the first), to withhold at its end.</summary>
        public int Withheld;
        public MediaKind WithheldKind;

        /// <summary>Notes of media withheld from members, and where the member taking them is (see <see cref="JsonShape.NoteField"/>).</summary>
        public string? Notes;
        public int NoteStart;
        public int NoteEnd;
    }
}
