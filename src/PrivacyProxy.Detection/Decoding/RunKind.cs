namespace PrivacyProxy.Detection.Decoding;

/// <summary>The encodings a run of text can be decoded from.</summary>
internal enum RunKind
{
    Base64,
    Hex,
    Percent,
    CharReference,
    DataUrl,
}
