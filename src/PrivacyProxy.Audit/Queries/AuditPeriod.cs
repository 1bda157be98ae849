namespace PrivacyProxy.Audit;

/// <summary>A half-open period [<see cref="From"/>, <see cref="To"/>) of event times, in UTC.</summary>
public readonly record struct AuditPeriod
{
    /// <summary>A period; <paramref name="to"/> must not be before <paramref name="from"/>.</summary>
    public AuditPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException("The end of an audit period is before its start.", nameof(to));
        }

        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    /// <summary>The first instant included.</summary>
    public DateTimeOffset From { get; }

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset To { get; }
}
