namespace PrivacyProxy.Detection.Decoding;

/// <summary>What is left of one text's decoding budget (<see cref="DecodeLimits.BudgetFor"/>), shared by every level.</summary>
internal sealed class DecodeBudget(long chars)
{
    private long _remaining = chars;

    public bool Exhausted => _remaining <= 0;

    /// <summary>Takes <paramref name="chars"/> from the budget; false (and nothing taken) when they do not fit.</summary>
    public bool TryTake(int chars)
    {
        if (chars > _remaining)
        {
            return false;
        }

        _remaining -= chars;
        return true;
    }
}
