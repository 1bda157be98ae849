using PrivacyProxy.Detection;

namespace PrivacyProxy.Protocols.Tests.Fakes;

/// <summary>
/// Test <see cref="IDetector"/> for the real <see cref="Redaction.RedactionSession"/>: finds planted values,
/// leftmost first, longest on ties, never overlapping (the detector contract).
/// </summary>
internal sealed class PlantedDetector(params (string Value, string Category, string Type)[] planted) : IDetector
{
    public IReadOnlyList<Finding> Detect(string text)
    {
        var findings = new List<Finding>();
        int from = 0;
        while (from < text.Length)
        {
            int start = -1;
            int bestIndex = -1;
            for (int i = 0; i < planted.Length; i++)
            {
                int at = text.IndexOf(planted[i].Value, from, StringComparison.Ordinal);
                if (at >= 0 && (start < 0 || at < start || (at == start && planted[i].Value.Length > planted[bestIndex].Value.Length)))
                {
                    start = at;
                    bestIndex = i;
                }
            }

            if (start < 0)
            {
                break;
            }

            var best = planted[bestIndex];
            findings.Add(new Finding(start, start + best.Value.Length, best.Category, best.Type, "planted-" + best.Type.ToLowerInvariant()));
            from = start + best.Value.Length;
        }

        return findings;
    }
}
