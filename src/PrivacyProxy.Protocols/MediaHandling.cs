namespace PrivacyProxy.Protocols;

/// <summary>
/// What a request does with content the scanner cannot read: inline images, audio and file data, token ids, and
/// unreadable uploads (issue 8, item 3: <c>PrivacyProxy:Policies:&lt;name&gt;:Media</c>).
/// </summary>
public enum MediaHandling
{
    /// <summary>The request is refused with 415 <see cref="ProtocolErrorCodes.UnscannableContent"/> (the default).</summary>
    Refuse,

    /// <summary>
    /// Each unreadable content part is replaced by a short text part of the same protocol saying it was withheld, so
    /// the conversation goes on. Token ids and unreadable uploads have no text to put in their place: still refused.
    /// </summary>
    Strip,

    /// <summary>Unreadable content is forwarded unscanned and unchanged.</summary>
    Forward,
}
