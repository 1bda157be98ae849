namespace PrivacyProxy.Audit;

/// <summary>How many times one rule found one (category, type) in a request. Counts only, never the values.</summary>
public sealed record FindingTally
{
    /// <summary>A tally of <paramref name="count"/> findings (at least 1).</summary>
    public FindingTally(AuditName category, AuditName type, AuditName rule, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Category = category;
        Type = type;
        Rule = rule;
        Count = count;
    }

    /// <summary>The contract category: SECRET, GOV_ID, FINANCIAL, ...</summary>
    public AuditName Category { get; }

    /// <summary>The type inside the category: API_KEY, CREDIT_CARD, ...</summary>
    public AuditName Type { get; }

    /// <summary>The rule id (<c>aws-access-key</c>).</summary>
    public AuditName Rule { get; }

    /// <summary>How many findings.</summary>
    public int Count { get; }
}
