namespace PrivacyProxy.Protocols.Files;

/// <summary>Bounds on the shape of an upload body, so a hostile body cannot make the parser do unbounded work.</summary>
internal static class MultipartLimits
{
    /// <summary>Most parts one upload may have (the files API uses four at most).</summary>
    public const int MaxParts = 64;

    /// <summary>Largest header block of one part, in bytes (excluding the blank line that ends it).</summary>
    public const int MaxHeaderBytes = 8 * 1024;

    /// <summary>Most header lines in one part.</summary>
    public const int MaxHeaderLines = 16;

    /// <summary>Longest boundary RFC 2046 allows.</summary>
    public const int MaxBoundaryLength = 70;
}
