using PrivacyProxy.Protocols.Files;

namespace PrivacyProxy.Proxy.Headers;

/// <summary>
/// The Content-Type that leaves: the route's own media type with a UTF-8 <c>charset</c> (JSON) or the
/// <c>boundary</c> (uploads, already checked and scanned by the upload protocol), and no other parameter. A header
/// that is exactly that leaves byte for byte; any other is rebuilt, so an extra parameter cannot carry text out.
/// </summary>
internal static class ContentTypeHeader
{
    private const string Json = "application/json";

    /// <summary>The Content-Type to forward for a body of kind <paramref name="body"/>, or null.</summary>
    public static string? Forwardable(string? contentType, RouteBody body) => body switch
    {
        RouteBody.Json => ForwardableJson(contentType),
        RouteBody.Multipart => FileUploadProtocol.ForwardedContentType(contentType),
        _ => null,
    };

    private static string ForwardableJson(string? contentType)
    {
        // The scrubbing step has refused anything but application/json with a UTF-8 charset or none.
        var parts = (contentType ?? Json).Split(';');
        bool exact = parts[0].Equals(Json, StringComparison.OrdinalIgnoreCase), charset = false;
        foreach (var parameter in parts.AsSpan(1))
        {
            var (name, value) = Parameter.Split(parameter);
            bool isCharset = name.Equals("charset", StringComparison.OrdinalIgnoreCase) && Parameter.IsUtf8(value);
            exact &= isCharset && !charset;
            charset |= isCharset;
        }

        return exact ? contentType! : charset ? Json + "; charset=utf-8" : Json;
    }
}
