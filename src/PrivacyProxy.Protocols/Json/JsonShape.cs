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

    private JsonShape(FieldRole role) => Role = role;

    /// <summary>Unknown content: strings, numbers and property names are all scanned, at any depth.</summary>
    public static JsonShape FreeForm { get; } = CreateFreeForm();

    /// <summary>Protocol vocabulary (model, role, ids): scalars pass; nested structure is free-form.</summary>
    public static JsonShape Skip { get; } = new(FieldRole.Skip);

    /// <summary>User text; an array of strings is text too.</summary>
    public static JsonShape Text => FreeForm;

    /// <summary>A JSON document carried as a string.</summary>
    public static JsonShape EmbeddedJson { get; } = new(FieldRole.EmbeddedJson);

    /// <summary>An image, audio or file payload (URL or inline data).</summary>
    public static JsonShape Media { get; } = new(FieldRole.Media);

    /// <summary>What a scalar at this position is.</summary>
    public FieldRole Role { get; }

    /// <summary>Shape of the items when the value is an array.</summary>
    public JsonShape Items => _items ?? FreeForm;

    /// <summary>An object with known properties; a scalar in its place is treated as <paramref name="role"/>.</summary>
    public static JsonShape Object(Dictionary<string, JsonShape> properties, FieldRole role = FieldRole.Text) =>
        new(role) { _properties = properties.ToFrozenDictionary(StringComparer.Ordinal) };

    /// <summary>An array of <paramref name="items"/>; a scalar in its place is treated as <paramref name="role"/>.</summary>
    public static JsonShape ArrayOf(JsonShape items, FieldRole role = FieldRole.Text) => new(role) { _items = items };

    /// <summary>Either a scalar of <paramref name="role"/>, an object with known properties, or an array of <paramref name="items"/>.</summary>
    public static JsonShape Union(FieldRole role, Dictionary<string, JsonShape>? properties = null, JsonShape? items = null) =>
        new(role) { _properties = properties?.ToFrozenDictionary(StringComparer.Ordinal), _items = items };

    /// <summary>Finds the shape of property <paramref name="name"/>; false when it is not protocol vocabulary.</summary>
    public bool TryGetProperty(string name, out JsonShape shape)
    {
        if (_properties is not null && _properties.TryGetValue(name, out var found))
        {
            shape = found;
            return true;
        }

        shape = FreeForm;
        return false;
    }

    private static JsonShape CreateFreeForm() => new(FieldRole.Text);
}
