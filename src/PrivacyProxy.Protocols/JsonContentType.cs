namespace PrivacyProxy.Protocols;

/// <summary>Checks the Content-Type of a request to a JSON route.</summary>
public static class JsonContentType
{
    /// <summary>True for <c>application/json</c> with no charset or a UTF-8 charset (any case, quoted or not).</summary>
    public static bool IsAccepted(string? contentType)
    {
        if (!MediaTypes.Essence(contentType).Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parameters = contentType.AsSpan(contentType!.IndexOf(';') is var i and >= 0 ? i + 1 : contentType.Length);
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            int equals = parameter.IndexOf('=');
            if (equals < 0 || !parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var charset = parameter[(equals + 1)..].Trim().Trim('"');
            if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws a 415 <see cref="ProtocolException"/> unless <see cref="IsAccepted"/>.</summary>
    public static void Require(string? contentType)
    {
        if (!IsAccepted(contentType))
        {
            throw new ProtocolException(
                415,
                ProtocolErrorCodes.UnsupportedMediaType,
                "This route accepts only 'application/json' request bodies encoded as UTF-8.");
        }
    }
}
