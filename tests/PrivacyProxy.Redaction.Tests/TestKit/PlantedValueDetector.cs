using PrivacyProxy.Detection;

namespace PrivacyProxy.Redaction.Tests.TestKit;

/// <summary>
/// Test double of <see cref="IDetector"/> (the real engine lives in another branch): finds the planted values,
/// leftmost first, longest on ties, never overlapping, as the contract requires.
/// </summary>
internal sealed class PlantedValueDetector(IReadOnlyList<(string Value, string Category, string Type)> planted) : IDetector
{
    public PlantedValueDetector()
        : this(PlantedValues.All)
    {
    }

    public int Calls { get; private set; }

    public IReadOnlyList<Finding> Detect(string text)
    {
        Calls++;
        var findings = new List<Finding>();
        int from = 0;
        while (from < text.Length)
        {
            int bestStart = -1;
            int best = -1;
            for (int i = 0; i < planted.Count; i++)
            {
                int at = text.IndexOf(planted[i].Value, from, StringComparison.Ordinal);
                if (at >= 0 && (bestStart < 0 || at < bestStart || (at == bestStart && planted[i].Value.Length > planted[best].Value.Length)))
                {
                    bestStart = at;
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            (string value, string category, string type) = planted[best];
            findings.Add(new Finding(bestStart, bestStart + value.Length, category, type, "planted-" + type.ToLowerInvariant()));
            from = bestStart + value.Length;
        }

        return findings;
    }
}
