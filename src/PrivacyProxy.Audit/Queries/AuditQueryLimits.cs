namespace PrivacyProxy.Audit;

/// <summary>Bounds on what one query may ask, so a request cannot make a store build an unbounded answer.</summary>
public static class AuditQueryLimits
{
    /// <summary>The largest events page.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The most buckets in one time series.</summary>
    public const int MaxBuckets = 2000;

    /// <summary>The most fingerprints in one search.</summary>
    public const int MaxSearchHashes = 256;
}
