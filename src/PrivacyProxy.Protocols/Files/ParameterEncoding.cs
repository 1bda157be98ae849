namespace PrivacyProxy.Protocols.Files;

/// <summary>How a Content-Disposition parameter value encodes its text; the scrubber reads and writes the decoded text.</summary>
internal enum ParameterEncoding
{
    /// <summary>The bytes are the text (UTF-8), as browsers and most clients send it.</summary>
    None,

    /// <summary>An RFC 8187 extended value (<c>filename*=utf-8''a%C3%A4.txt</c>), which .NET clients add.</summary>
    Extended,

    /// <summary>One RFC 2047 encoded word (<c>"=?utf-8?B?…?="</c>), which .NET writes for non-ASCII file names.</summary>
    EncodedWord,
}
