namespace PrivacyProxy.Proxy.Headers;

/// <summary>One <c>name=value</c> media-type parameter, as the header grammars here read it.</summary>
internal static class Parameter
{
    /// <summary>Optional whitespace (RFC 9110 OWS).</summary>
    public static readonly char[] Ows = [' ', '\t'];

    /// <summary>Name and value, trimmed of optional whitespace; an empty name when there is no <c>=</c>.</summary>
    public static (string Name, string Value) Split(string parameter)
    {
        int equals = parameter.IndexOf('=');
        return equals < 0
            ? ("", "")
            : (parameter.AsSpan(0, equals).Trim(Ows).ToString(), parameter.AsSpan(equals + 1).Trim(Ows).ToString());
    }

    /// <summary>True for the UTF-8 charset names, bare or quoted, in any case.</summary>
    public static bool IsUtf8(string value)
    {
        var bare = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value.AsSpan(1, value.Length - 2) : value.AsSpan();
        return bare.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || bare.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
