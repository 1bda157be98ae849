namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// The bounds that make decoding bombs harmless: past them a run is left as it is (the plain rules still scan
/// it), never skipped. Issue 7, "Bad input".
/// </summary>
internal static class DecodeLimits
{
    /// <summary>Encodings inside encodings followed (base64 of base64, base64 in a data URL in JSON...).</summary>
    public const int MaxDepth = 4;

    /// <summary>Longest run decoded, in characters; a longer one (a 10 MB base64 blob) is opaque.</summary>
    public const int MaxRunChars = 1 << 20;

    /// <summary>Rounds of percent or character-reference decoding inside one level (%2541 needs two).</summary>
    public const int MaxRounds = 8;

    /// <summary>Characters of original text kept before and after a decoded value, where its key usually is.</summary>
    public const int ContextBefore = 64;
    public const int ContextAfter = 32;

    /// <summary>
    /// Characters a text may have decoded and rescanned: a floor plus twice its length, so decoding costs at most
    /// a small multiple of the plain scan however many runs a hostile text holds.
    /// </summary>
    public static long BudgetFor(int textLength) => (1L << 20) + (2L * textLength);
}
