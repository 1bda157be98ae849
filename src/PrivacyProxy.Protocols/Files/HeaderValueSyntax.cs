namespace PrivacyProxy.Protocols.Files;

/// <summary>How a scanned header value is written, which decides how a changed value is written back.</summary>
internal enum HeaderValueSyntax
{
    /// <summary>A bare parameter token (<c>name=file</c>); a changed value is written quoted.</summary>
    Token,

    /// <summary>The inside of a quoted parameter (<c>filename="a.txt"</c>); the quotes stay.</summary>
    Quoted,

    /// <summary>A whole header field value (<c>Content-Type: text/plain</c>).</summary>
    Raw,
}
