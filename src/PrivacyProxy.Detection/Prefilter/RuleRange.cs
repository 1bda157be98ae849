namespace PrivacyProxy.Detection.Prefilter;

/// <summary>A stretch of text [Start, End) one rule must scan: the union of the windows around its anchors.</summary>
internal readonly record struct RuleRange(int Rule, int Start, int End) : IComparable<RuleRange>
{
    public int CompareTo(RuleRange other) => Rule != other.Rule ? Rule.CompareTo(other.Rule) : Start.CompareTo(other.Start);
}
