namespace PrivacyProxy.Detection.Decoding;

/// <summary>Decodes one run with the decoder of its kind; false when it does not decode to text.</summary>
internal static class RunDecoder
{
    public static bool TryDecode(string text, EncodedRun run, out string decoded)
    {
        var span = text.AsSpan(run.Start, run.Length);
        return run.Kind switch
        {
            RunKind.Base64 => Base64Text.TryDecode(span, out decoded),
            RunKind.Hex => HexText.TryDecode(span, out decoded),
            RunKind.Percent => PercentText.TryDecode(span.ToString(), out decoded),
            RunKind.CharReference => CharReferenceText.TryDecode(span.ToString(), out decoded),
            _ => DataUrlText.TryDecode(span.ToString(), out decoded),
        };
    }
}
