namespace PrivacyProxy.Protocols.Json;

/// <summary>The kinds of <see cref="FieldGrammar"/>.</summary>
internal enum FieldGrammarKind
{
    /// <summary>A string from a known set.</summary>
    OneOf,

    /// <summary>A number in a range.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Flag,

    /// <summary>Provider ciphertext, base64 of a plausible length.</summary>
    Opaque,
}
