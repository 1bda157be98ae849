namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// A piece of a part's header that carries client text: where it sits in the body (byte offsets, end exclusive),
/// how it is written, and its decoded text (UTF-8, quotes removed, no unescaping).
/// </summary>
internal readonly record struct HeaderValue(int Start, int End, HeaderValueSyntax Syntax, string Text);
