namespace PrivacyProxy.Detection.Prefilter;

/// <summary>A literal anchor (matched case-insensitively) and the rules it starts.</summary>
internal sealed record LiteralAnchor(string Text, int[] Rules);
