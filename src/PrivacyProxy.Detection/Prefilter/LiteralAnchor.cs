namespace PrivacyProxy.Detection.Prefilter;

/// <summary>A literal anchor (matched case-insensitively), the rules it starts, and where its search key sits in it.</summary>
internal sealed record LiteralAnchor(string Text, int[] Rules, int KeyOffset);
