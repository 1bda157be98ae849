namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// One piece of an RFC 2231 continued parameter (<c>filename*0="a"; filename*1*=%62</c>): its number, whether it
/// is extended (percent-encoded, <c>*</c> after the number), where its value bytes lie and where the whole
/// <c>; name=value</c> lies (byte offsets into the body, end exclusive), so the set can be rewritten as one.
/// </summary>
internal readonly record struct ParameterSegment(
    int Number, bool Extended, HeaderValueSyntax Syntax, int ValueStart, int ValueEnd, int ParameterStart, int ParameterEnd);
