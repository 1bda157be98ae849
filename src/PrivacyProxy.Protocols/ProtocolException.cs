namespace PrivacyProxy.Protocols;

/// <summary>
/// A request the proxy refuses, with the HTTP status and error code to answer with. The message is safe to show
/// and log: it names fields and positions, never body content.
/// </summary>
public sealed class ProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProtocolException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>Creates the exception.</summary>
    public ProtocolException(int statusCode, string code, string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>HTTP status to answer with (400, 413, 415).</summary>
    public int StatusCode { get; }

    /// <summary>Machine-readable error code (e.g. <c>invalid_request_error</c>, <c>unscannable_content</c>).</summary>
    public string Code { get; }
}
