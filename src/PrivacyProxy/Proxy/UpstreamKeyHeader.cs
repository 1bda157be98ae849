namespace PrivacyProxy.Proxy;

/// <summary>How the proxy's own upstream key is presented on a route.</summary>
internal enum UpstreamKeyHeader
{
    /// <summary>Not at all: the route's cluster is not the hosted API (the key is DeepSeek's, not a local server's).</summary>
    None,

    /// <summary><c>Authorization: Bearer</c> (OpenAI-format routes).</summary>
    Bearer,

    /// <summary><c>x-api-key</c> (Anthropic-format routes).</summary>
    ApiKey,
}
