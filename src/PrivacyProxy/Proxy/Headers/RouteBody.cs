namespace PrivacyProxy.Proxy.Headers;

/// <summary>What a route's request body is, which decides the Content-Type that may leave.</summary>
internal enum RouteBody
{
    /// <summary>Body-less routes (model lists): no Content-Type leaves.</summary>
    None,

    /// <summary><c>application/json</c>, optionally with a UTF-8 charset.</summary>
    Json,

    /// <summary><c>multipart/form-data</c> with its boundary.</summary>
    Multipart,
}
