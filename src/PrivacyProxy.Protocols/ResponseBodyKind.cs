namespace PrivacyProxy.Protocols;

/// <summary>How a response body is framed, decided from its Content-Type (never from the request's stream flag).</summary>
internal enum ResponseBodyKind
{
    /// <summary>Anything the proxy does not rewrite.</summary>
    Other,

    /// <summary>One JSON document (<c>application/json</c>, <c>*+json</c>).</summary>
    Json,

    /// <summary>Server-sent events (<c>text/event-stream</c>).</summary>
    EventStream,

    /// <summary>Newline-delimited JSON (<c>application/x-ndjson</c>).</summary>
    NdJson,
}
