namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// The cheap gate in front of decoding: one vectorised pass per encoding family finds the runs that may hold an
/// encoded value; a text with none (most prompts) costs these passes and nothing else.
/// </summary>
internal static class RunFinder
{
    /// <summary>The candidate runs of <paramref name="text"/>, or null when it has none.</summary>
    public static List<EncodedRun>? Collect(string text)
    {
        // An empty list holds no array: a text without runs allocates 32 bytes here.
        var found = new List<EncodedRun>();
        Base64Runs.Find(text, found);
        if (text.Contains('%', StringComparison.Ordinal))
        {
            PercentRuns.Find(text, found);
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            CharReferenceRuns.Find(text, found);
        }

        if (text.Contains("data:", StringComparison.OrdinalIgnoreCase))
        {
            DataUrlRuns.Find(text, found);
        }

        return found.Count == 0 ? null : found;
    }
}
