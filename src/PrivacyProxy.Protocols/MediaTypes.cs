namespace PrivacyProxy.Protocols;

/// <summary>Reads the essence of a Content-Type header value (type/subtype, parameters ignored).</summary>
internal static class MediaTypes
{
    /// <summary>Classifies a response Content-Type.</summary>
    public static ResponseBodyKind Classify(string? contentType)
    {
        var essence = Essence(contentType);
        if (essence.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseBodyKind.EventStream;
        }

        if (essence.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
            essence.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseBodyKind.Json;
        }

        if (essence.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase) ||
            essence.Equals("application/ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseBodyKind.NdJson;
        }

        return ResponseBodyKind.Other;
    }

    /// <summary>The type/subtype part, trimmed.</summary>
    public static ReadOnlySpan<char> Essence(string? contentType)
    {
        if (contentType is null)
        {
            return [];
        }

        var span = contentType.AsSpan();
        int semicolon = span.IndexOf(';');
        return (semicolon < 0 ? span : span[..semicolon]).Trim();
    }
}
