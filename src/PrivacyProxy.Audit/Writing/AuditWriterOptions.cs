namespace PrivacyProxy.Audit;

/// <summary>How <see cref="AuditWriter"/> batches and retries (<c>PrivacyProxy:Audit:*</c>).</summary>
public sealed record AuditWriterOptions
{
    /// <summary>The most events in one insert transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>How long a batch waits for more events after its first one.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Retries of a failed batch before it is dropped.</summary>
    public int MaxRetryAttempts { get; init; } = 5;

    /// <summary>The first retry's delay; each next one doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Throws, naming the configuration key, when a value is out of range.</summary>
    public void Validate()
    {
        Check(BatchSize is >= 1 and <= 10_000, "PrivacyProxy:Audit:BatchSize must be between 1 and 10000.");
        Check(FlushInterval > TimeSpan.Zero, "PrivacyProxy:Audit:FlushInterval must be positive.");
        Check(MaxRetryAttempts is >= 0 and <= 100, "PrivacyProxy:Audit:MaxRetryAttempts must be between 0 and 100.");
        Check(RetryDelay > TimeSpan.Zero, "PrivacyProxy:Audit:RetryDelay must be positive.");
        Check(MaxRetryDelay >= RetryDelay, "PrivacyProxy:Audit:MaxRetryDelay must not be shorter than PrivacyProxy:Audit:RetryDelay.");
    }

    private static void Check(bool valid, string message)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(null, message);
        }
    }
}
