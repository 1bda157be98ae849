namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// A piece of a part's header that carries client text: where it sits in the body (byte offsets, end exclusive),
/// how it is written and encoded, and its decoded text (UTF-8, quotes removed, no backslash unescaping). For an
/// extended value, <see cref="Prefix"/> is the <c>charset'language'</c> part that is written back unchanged.
/// </summary>
internal readonly record struct HeaderValue(
    int Start, int End, HeaderValueSyntax Syntax, string Text, ParameterEncoding Encoding = ParameterEncoding.None, string Prefix = "");
