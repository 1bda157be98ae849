namespace PrivacyProxy.Policy;

/// <summary>What a policy does with request parts the proxy cannot read (images, audio, PDFs, token ids).</summary>
public enum MediaHandling
{
    /// <summary>The request is refused (the default: what cannot be scanned does not leave).</summary>
    Refuse,

    /// <summary>Each such part is replaced by a short text part saying it was withheld.</summary>
    Strip,

    /// <summary>Forwarded unscanned (the old <c>AllowUnscannedMedia=true</c>).</summary>
    Forward,
}
