using System.Collections.Frozen;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// The part of a protocol's request schema the scrubber knows: what a value at one position is, which properties
/// are protocol vocabulary, and what arrays hold. Everything not described here is free-form text and is scanned,
/// names included: the walker fails closed on what it does not understand.
/// </summary>
internal sealed class JsonShape
{
    private FrozenDictionary<string, JsonShape>? _properties;
    private JsonShape? _items;
    private FrozenDictionary<string, JsonShape>? _variants;
    private JsonShape? _untyped;
    private JsonShape? _fallback;
    private JsonShape? _additional;

    private JsonShape(FieldRole role, FieldGrammar? grammar = null, MediaKind media = default)
    {
        Role = role;
        Grammar = grammar;
        MediaKind = media;
    }

    /// <summary>Unknown content: strings, numbers and property names are all scanned, at any depth.</summary>
    public static JsonShape FreeForm { get; } = CreateFreeForm();

    /// <summary>User text; an array of strings is text too, and a string holding JSON is walked as a document.</summary>
    public static JsonShape Text => FreeForm;


    /// <summary>An id or a model name: scanned on its own (see <see cref="FieldRole.Label"/>).</summary>
    public static JsonShape Label { get; } = new(FieldRole.Label);

    /// <summary>Token ids at any depth of arrays; strings among them are text.</summary>
    public static JsonShape TokenIds { get; } = SelfNested(FieldRole.TokenIds);

    /// <summary>A device or session identifier, or a map of them at any depth: every string value is hashed, names are scanned.</summary>
    public static JsonShape Identifier { get; } = SelfNested(FieldRole.Identifier);

    /// <summary>What a scalar at this position is.</summary>
    public FieldRole Role { get; }

    /// <summary>For <see cref="FieldRole.Vocabulary"/>: what the value may be to pass unscanned.</summary>
    public FieldGrammar? Grammar { get; }

    /// <summary>For <see cref="FieldRole.Media"/>: what the payload is.</summary>
    public MediaKind MediaKind { get; }

    /// <summary>
    /// How a value of this shape is replaced when inline media inside it is withheld (a content part, Ollama's
    /// <c>images</c>); null for values that are not such a part.
    /// </summary>
    public MediaWithholding? Withholding { get; private init; }

    /// <summary>For an object: the text member that takes the notes of media withheld from its members (Ollama <c>content</c>).</summary>
    public string? NoteField { get; private init; }

    /// <summary>
    /// For a discriminated object (content blocks with a <c>type</c>): the property whose string value picks the
    /// variant; null for other shapes.
    /// </summary>
    public string? Discriminator { get; private init; }

    /// <summary>Shape of the items when the value is an array.</summary>
    public JsonShape Items => _items ?? FreeForm;

    /// <summary>
    /// An image, audio or file payload of <paramref name="kind"/>: an http(s) URL is scanned, inline data cannot be.
    /// An object or array in its place takes <paramref name="properties"/> or <paramref name="items"/>.
    /// </summary>
    public static JsonShape Media(MediaKind kind, Dictionary<string, JsonShape>? properties = null, JsonShape? items = null) =>
        new(FieldRole.Media, media: kind) { _properties = properties?.ToFrozenDictionary(StringComparer.Ordinal), _items = items };

    /// <summary>Protocol vocabulary: a scalar passes when it fits <paramref name="grammar"/>; nested structure is free-form.</summary>
    public static JsonShape Vocabulary(FieldGrammar grammar) => new(FieldRole.Vocabulary, grammar);

    /// <summary>An object with known properties; a scalar in its place is treated as <paramref name="role"/>.</summary>
    public static JsonShape Object(Dictionary<string, JsonShape> properties, FieldRole role = FieldRole.Text) =>
        new(role) { _properties = properties.ToFrozenDictionary(StringComparer.Ordinal) };

    /// <summary>An array of <paramref name="items"/>; a scalar in its place is treated as <paramref name="role"/>.</summary>
    public static JsonShape ArrayOf(JsonShape items, FieldRole role = FieldRole.Text) => new(role) { _items = items };

    /// <summary>Either a scalar of <paramref name="role"/>, an object with known properties, or an array of <paramref name="items"/>.</summary>
    public static JsonShape Union(FieldRole role, Dictionary<string, JsonShape>? properties = null, JsonShape? items = null) =>
        new(role) { _properties = properties?.ToFrozenDictionary(StringComparer.Ordinal), _items = items };

    /// <summary>Either vocabulary of <paramref name="grammar"/>, or an object with known properties.</summary>
    public static JsonShape Union(FieldGrammar grammar, Dictionary<string, JsonShape> properties) =>
        new(FieldRole.Vocabulary, grammar) { _properties = properties.ToFrozenDictionary(StringComparer.Ordinal) };

    /// <summary>
    /// An object whose shape depends on the string value of its <paramref name="discriminator"/> property (Responses
    /// input items, Anthropic content blocks). An object without the property takes <paramref name="untyped"/>; an
    /// unknown value, a non-string or a repeated discriminator takes <paramref name="fallback"/>. Both default to
    /// <paramref name="fallback"/>, then free-form, so what the walker does not recognise is scanned.
    /// A scalar in its place is treated as <paramref name="role"/>.
    /// </summary>
    public static JsonShape Discriminated(
        string discriminator,
        Dictionary<string, JsonShape> variants,
        JsonShape? untyped = null,
        JsonShape? fallback = null,
        FieldRole role = FieldRole.Text) =>
        new(role)
        {
            Discriminator = discriminator,
            _variants = variants.ToFrozenDictionary(StringComparer.Ordinal),
            _untyped = untyped,
            _fallback = fallback,
        };

    /// <summary>This shape, as a part that is replaced as <paramref name="withholding"/> says when it holds inline media.</summary>
    public JsonShape WithheldAs(MediaWithholding withholding) => Copy(withholding, NoteField);

    /// <summary>This object shape, whose member <paramref name="field"/> takes the notes of media withheld from its members.</summary>
    public JsonShape WithNotesIn(string field) => Copy(Withholding, field);

    /// <summary>
    /// The variant for a discriminator value: <paramref name="value"/> is null when the property is absent;
    /// <paramref name="ambiguous"/> when it is repeated or not a string.
    /// </summary>
    public JsonShape Variant(string? value, bool ambiguous)
    {
        var otherwise = _fallback ?? FreeForm;
        if (_variants is null || ambiguous)
        {
            return otherwise;
        }

        if (value is null)
        {
            return _untyped ?? otherwise;
        }

        return _variants.TryGetValue(value, out var variant) ? variant : otherwise;
    }

    /// <summary>
    /// Finds the shape of property <paramref name="name"/>; false when it is not protocol vocabulary (then its name is
    /// scanned and its value takes the shape of unknown members, free-form unless the shape says otherwise).
    /// </summary>
    public bool TryGetProperty(string name, out JsonShape shape)
    {
        if (_properties is not null && _properties.TryGetValue(name, out var found))
        {
            shape = found;
            return true;
        }

        shape = _additional ?? FreeForm;
        return false;
    }

    private static JsonShape CreateFreeForm() => new(FieldRole.Text);

    private JsonShape Copy(MediaWithholding? withholding, string? noteField) => new(Role, Grammar, MediaKind)
    {
        Discriminator = Discriminator,
        Withholding = withholding,
        NoteField = noteField,
        _properties = _properties,
        _items = _items,
        _variants = _variants,
        _untyped = _untyped,
        _fallback = _fallback,
        _additional = _additional,
    };

    private static JsonShape SelfNested(FieldRole role)
    {
        var shape = new JsonShape(role);
        shape._items = shape;
        shape._additional = shape;
        return shape;
    }
}
