namespace PrivacyProxy.Protocols;

/// <summary>The error codes <see cref="ProtocolException"/> carries.</summary>
public static class ProtocolErrorCodes
{
    /// <summary>Malformed body: not JSON, not UTF-8, too deep, wrong root, corrupt compression.</summary>
    public const string InvalidRequest = "invalid_request_error";

    /// <summary>The body carries media (images, audio, file data) that the scanner cannot read.</summary>
    public const string UnscannableContent = "unscannable_content";

    /// <summary>The body, compressed or decompressed, exceeds the size limit.</summary>
    public const string RequestTooLarge = "request_too_large";

    /// <summary>Content-Type or Content-Encoding the proxy cannot read.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>The caller's policy blocks what the request carries (OpenAI error type too).</summary>
    public const string PolicyViolation = "privacy_policy_violation";

    /// <summary>The policy keeps the request on the company's own server, which cannot take its protocol.</summary>
    public const string LocalRouteUnavailable = "local_route_unavailable";
}
