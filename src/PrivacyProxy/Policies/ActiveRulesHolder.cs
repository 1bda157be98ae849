namespace PrivacyProxy.Policies;

/// <summary>Holds the current <see cref="ActiveRules"/>; a reload replaces it between requests.</summary>
internal sealed class ActiveRulesHolder(ActiveRules initial)
{
    private volatile ActiveRules _current = initial;

    /// <summary>The snapshot a new request uses.</summary>
    public ActiveRules Current => _current;

    /// <summary>Makes <paramref name="next"/> the snapshot of every later request.</summary>
    public void Swap(ActiveRules next) => _current = next;
}
