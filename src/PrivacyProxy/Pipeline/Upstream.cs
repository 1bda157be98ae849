namespace PrivacyProxy.Pipeline;

/// <summary>Where a request goes once decided.</summary>
internal enum Upstream
{
    /// <summary>The hosted API (the <c>hosted</c> cluster), with the scrubbed body.</summary>
    Hosted,

    /// <summary>The company's own model server (the <c>local</c> cluster), with the body as sent.</summary>
    Local,

    /// <summary>Nowhere: the request is refused.</summary>
    None,
}
