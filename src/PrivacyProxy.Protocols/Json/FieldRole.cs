namespace PrivacyProxy.Protocols.Json;

/// <summary>What a scalar value at a known position in a request body is, which decides how it is scrubbed.</summary>
internal enum FieldRole
{
    /// <summary>User-controlled text (and numbers in free-form places): scanned.</summary>
    Text,

    /// <summary>Protocol vocabulary chosen by the client software (model, role, ids): passed unchanged.</summary>
    Skip,

    /// <summary>A JSON document carried in a string (tool-call arguments): its strings and keys are scanned.</summary>
    EmbeddedJson,

    /// <summary>An image, audio or file payload: http(s) URLs are scanned, inline data cannot be.</summary>
    Media,
}
