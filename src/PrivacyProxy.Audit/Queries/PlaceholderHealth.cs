namespace PrivacyProxy.Audit;

/// <summary>Placeholders issued over a period and how many of them the model mangled so they were not restored.</summary>
public sealed record PlaceholderHealth(long Issued, long Mangled)
{
    /// <summary>The share of issued placeholders that were mangled (0 when none were issued).</summary>
    public double MangledShare => Issued == 0 ? 0 : (double)Mangled / Issued;
}
