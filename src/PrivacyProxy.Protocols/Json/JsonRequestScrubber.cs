using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Scrubs a JSON request body in one forward pass, guided by the protocol's <see cref="JsonShape"/>: every string
/// (and unknown property name) is classified as skip, text, embedded JSON or media, scrubbed in document order,
/// and only the tokens whose value changed are rewritten; every other byte is copied through.
/// </summary>
internal sealed class JsonRequestScrubber
{
    /// <summary>Deepest nesting accepted, in requests and in embedded JSON documents.</summary>
    public const int MaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ITextScrubber _scrubber;
    private readonly bool _allowMedia;
    private readonly IdentityField? _identity;
    private readonly string? _userId;
    private readonly JsonSplice _splice = new();
    private readonly List<Frame> _frames = [];
    private int _pendingIdentityLevel = -1;

    private JsonRequestScrubber(ITextScrubber scrubber, bool allowMedia, IdentityField? identity, string? userId)
    {
        _scrubber = scrubber;
        _allowMedia = allowMedia;
        _identity = identity;
        _userId = userId;
    }

    /// <summary>Scrubs a request body whose root must be an object.</summary>
    /// <exception cref="ProtocolException">Malformed body or unscannable media.</exception>
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

        var walker = new JsonRequestScrubber(scrubber, options.AllowUnscannedMedia, identity, options.UserId);
        try
        {
            walker.Walk(json, root, requireObject: true);
        }
        catch (JsonException e)
        {
            // The reader's own message quotes body characters; only positions are reported.
            throw Invalid($"The request body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        return walker._splice.IsEmpty ? json.ToArray() : walker._splice.Apply(json);
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
                _frames.RemoveAt(_frames.Count - 1);
                break;
            default:
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
        var shape = NextValueShape(root);
        if (reader.CurrentDepth >= MaxDepth)
        {
            throw Invalid($"The request body nests deeper than {MaxDepth} levels.");
        }

        _frames.Add(new Frame
        {
            Shape = shape,
            IsArray = reader.TokenType == JsonTokenType.StartArray,
            IdentityLevel = reader.TokenType == JsonTokenType.StartObject ? _pendingIdentityLevel : -1,
            ValueShape = JsonShape.FreeForm,
        });
        _pendingIdentityLevel = -1;
    }

    private void OnEndObject(int position)
    {
        var top = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (top.IdentityLevel >= 0 && !top.IdentitySeen && _userId is not null && _identity is not null)
        {
            var writer = _splice.Begin(position, position);
            if (top.Count > 0)
            {
                writer.Write(","u8);
            }

            _identity.WriteMemberFrom(top.IdentityLevel, _userId, writer);
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
            ScrubToken(name, nameStart, nameEnd);
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

        if (!leaf && _userId is null)
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
        if (_userId is not null)
        {
            _identity.WriteValueFrom(level + 1, _userId, _splice.Begin(valueStart, valueEnd));
            _splice.End();
        }
        else
        {
            _splice.RemoveMember(json, nameStart, valueEnd);
        }

        return true;
    }

    private void OnScalar(ref Utf8JsonReader reader, JsonShape shape)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (shape.Role == FieldRole.Text)
            {
                int start = (int)reader.TokenStartIndex;
                ScrubToken(Encoding.UTF8.GetString(reader.ValueSpan), start, start + reader.ValueSpan.Length);
            }

            return;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return;
        }

        switch (shape.Role)
        {
            case FieldRole.Text:
                ScrubToken(JsonStringReader.GetString(ref reader), (int)reader.TokenStartIndex, StringTokenEnd(ref reader));
                break;
            case FieldRole.EmbeddedJson:
                ScrubEmbedded(ref reader);
                break;
            case FieldRole.Media:
                ScrubMedia(ref reader);
                break;
            default:
                break;
        }
    }

    private void ScrubToken(string value, int start, int end)
    {
        string scrubbed = _scrubber.Scrub(value);
        if (!string.Equals(value, scrubbed, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString(start, end, scrubbed);
        }
    }

    private void ScrubEmbedded(ref Utf8JsonReader reader)
    {
        string value = JsonStringReader.GetString(ref reader);
        string scrubbed = TryScrubEmbedded(value) ?? _scrubber.Scrub(value);
        if (!string.Equals(value, scrubbed, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString((int)reader.TokenStartIndex, StringTokenEnd(ref reader), scrubbed);
        }
    }

    /// <summary>Scrubs a JSON document carried as text; null when it is not valid JSON (then it is scanned as text).</summary>
    private string? TryScrubEmbedded(string value)
    {
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(value);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }

        if (!JsonSyntax.IsValid(bytes, MaxDepth))
        {
            return null;
        }

        var inner = new JsonRequestScrubber(_scrubber, allowMedia: true, identity: null, userId: null);
        inner.Walk(bytes, JsonShape.FreeForm, requireObject: false);
        return inner._splice.IsEmpty ? value : Encoding.UTF8.GetString(inner._splice.Apply(bytes));
    }

    private void ScrubMedia(ref Utf8JsonReader reader)
    {
        string? decoded = reader.ValueIsEscaped ? JsonStringReader.GetString(ref reader) : null;
        bool remote = decoded is null ? JsonSyntax.IsHttpUrl(reader.ValueSpan) : JsonSyntax.IsHttpUrl(decoded);
        if (remote)
        {
            ScrubToken(decoded ?? JsonStringReader.GetString(ref reader), (int)reader.TokenStartIndex, StringTokenEnd(ref reader));
            return;
        }

        if (reader.ValueSpan.Length == 0 || _allowMedia)
        {
            return;
        }

        throw new ProtocolException(
            415,
            ProtocolErrorCodes.UnscannableContent,
            $"The request field '{CurrentPath()}' carries inline media (image, audio or file data) that cannot be scanned " +
            "for sensitive data, so the request was not forwarded. Send text, or an http(s) URL.");
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

    private struct Frame
    {
        public JsonShape Shape;
        public bool IsArray;
        public int Count;
        public string? Name;
        public JsonShape ValueShape;
        public int IdentityLevel;
        public bool IdentitySeen;
    }
}
