namespace PrivacyProxy.Protocols;

/// <summary>The body format of a protocol's requests.</summary>
public enum RequestBodyFormat
{
    /// <summary><c>application/json</c> in UTF-8.</summary>
    Json,

    /// <summary><c>multipart/form-data</c> with a boundary (file uploads).</summary>
    Multipart,
}
