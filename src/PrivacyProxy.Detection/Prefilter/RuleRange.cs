namespace PrivacyProxy.Detection.Prefilter;

/// <summary>A stretch of text [Start, End) where one rule's matches may start: the union of the windows around its anchors.</summary>
internal readonly record struct RuleRange(int Rule, int Start, int End);
