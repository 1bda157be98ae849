namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// A string the prefilter searches for (lower-case ASCII) and the anchors it stands for: each anchor contains the
/// key at <see cref="LiteralAnchor.KeyOffset"/>, so a key hit at p is verified as the anchor at p - offset.
/// </summary>
internal sealed record SearchKey(string Text, LiteralAnchor[] Anchors);
