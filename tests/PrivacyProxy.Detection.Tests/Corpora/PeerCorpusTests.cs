using Xunit.Abstractions;

namespace PrivacyProxy.Detection.Tests.Corpora;

/// <summary>
/// Recall and false positives of the shipped detector on the peer corpora (tests/corpora/README.md). Figures go to
/// the test output; the floors sit a little under the figures reached, so a regression fails the build. Output
/// names rules, entities and counts only, never corpus text.
/// </summary>
public sealed class PeerCorpusTests(ITestOutputHelper output)
{
    // Reached when written: gitleaks 100 %; Presidio covered entities 75.3 %, CONTACT 89.5, FINANCIAL 97.8, GOV_ID
    // 53.0, HEALTH 54.5, NETWORK 95.5, PERSONAL 26.9; all Presidio spans (uncovered entities as misses) 57.0 %;
    // 0.2 % of negative lines flagged. Presidio's cases are mostly bare values without the context words our id
    // rules require where a checksum is weak or absent (AU TFN/ACN/Medicare, UK postcodes, voter and vehicle ids,
    // US licences and accounts), so its GOV_ID/HEALTH/PERSONAL figures are low; DATE_TIME and URL are not in
    // design.md's categories and stay uncovered.
    private const double GitleaksRecallFloor = 0.97;
    private const double PresidioRecallFloor = 0.74;
    private const double PresidioAllCasesRecallFloor = 0.55;
    private const double PresidioFalsePositiveLineCeiling = 0.02;

    private static readonly Dictionary<string, double> PresidioCategoryFloors = new(StringComparer.Ordinal)
    {
        [Categories.Contact] = 0.85,
        [Categories.Financial] = 0.93,
        [Categories.GovId] = 0.50,
        [Categories.Health] = 0.50,
        [Categories.Network] = 0.93,
        [Categories.Personal] = 0.20,
    };

    [Fact]
    public void Gitleaks_SecretLines_AreFoundAsSecrets()
    {
        var detector = ShippedRules.Detector;
        var found = 0;
        var total = 0;
        var missesByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var noneLinesWithSecret = 0;
        var noneLines = 0;
        foreach (var item in PeerCorpus.Gitleaks())
        {
            var hasSecret = detector.Detect(item.Text).Any(f => f.Category == Categories.Secret);
            if (!item.IsSecret)
            {
                noneLines++;
                noneLinesWithSecret += hasSecret ? 1 : 0;
                continue;
            }

            total++;
            found += hasSecret ? 1 : 0;
            if (!hasSecret)
            {
                missesByRule[item.Rule] = missesByRule.GetValueOrDefault(item.Rule) + 1;
            }
        }

        var recall = (double)found / total;
        output.WriteLine($"gitleaks 'secret' lines: {found}/{total} found as SECRET, recall {recall:P1}");
        output.WriteLine($"gitleaks 'none' lines with a SECRET finding: {noneLinesWithSecret}/{noneLines} (not reliable negatives: another rule may rightly fire)");
        output.WriteLine("missed, by gitleaks rule: " + string.Join(", ", missesByRule.Select(p => $"{p.Key} {p.Value}")));
        recall.Should().BeGreaterThanOrEqualTo(GitleaksRecallFloor);
    }

    [Fact]
    public void Presidio_CoveredEntities_RecallAndFalsePositives()
    {
        var detector = ShippedRules.Detector;
        var byCategory = new SortedDictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        var byEntity = new SortedDictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        var notCovered = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var notCoveredSpans = 0;
        var excludedByDesign = 0;
        var negativeLines = 0;
        var negativeLinesWithFinding = 0;
        var strayFindings = 0;
        var scannedChars = 0L;
        foreach (var item in PeerCorpus.Presidio())
        {
            if (!PresidioEntityMap.Covered.TryGetValue(item.Entity, out var mapped))
            {
                notCovered[item.Entity] = notCovered.GetValueOrDefault(item.Entity) + 1;
                notCoveredSpans += item.Spans.Count;
                continue;
            }

            var findings = detector.Detect(item.Text);
            scannedChars += item.Text.Length;
            var ofType = findings.Where(f => mapped.Types.Contains(f.Type)).ToList();
            if (item.Spans.Count == 0)
            {
                negativeLines++;
                negativeLinesWithFinding += ofType.Count > 0 ? 1 : 0;
                continue;
            }

            strayFindings += ofType.Count(f => !item.Spans.Any(s => f.Start < s.End && s.Start < f.End));
            foreach (var (start, end) in item.Spans)
            {
                if (PresidioEntityMap.ExcludedByDesign(item.Entity, item.Text[start..end]))
                {
                    excludedByDesign++;
                    continue;
                }

                var hit = findings.Any(f => f.Category == mapped.Category && f.Start < end && start < f.End) ? 1 : 0;
                byCategory[mapped.Category] = Add(byCategory.GetValueOrDefault(mapped.Category), hit);
                byEntity[item.Entity] = Add(byEntity.GetValueOrDefault(item.Entity), hit);
            }
        }

        var found = byCategory.Values.Sum(v => v.Found);
        var total = byCategory.Values.Sum(v => v.Total);
        var recall = (double)found / total;
        var allCasesRecall = (double)found / (total + notCoveredSpans);
        var falsePositiveLines = (double)negativeLinesWithFinding / negativeLines;
        output.WriteLine($"presidio covered spans: {found}/{total} found, recall {recall:P1} ({excludedByDesign} loopback/unspecified spans excluded by design)");
        foreach (var (category, (f, t)) in byCategory)
        {
            output.WriteLine($"  {category}: {f}/{t} = {(double)f / t:P1}");
        }

        output.WriteLine("per entity: " + string.Join(", ", byEntity.Select(p => $"{p.Key} {p.Value.Found}/{p.Value.Total}")));
        output.WriteLine($"negative lines (no span expected) with a finding of the entity's type: {negativeLinesWithFinding}/{negativeLines} = {falsePositiveLines:P1}");
        output.WriteLine($"findings of the entity's type outside the expected spans on positive lines: {strayFindings}; per 10 KB scanned: {strayFindings * 10_000.0 / scannedChars:F2}");
        output.WriteLine($"presidio all spans (entities we do not cover count as misses): {found}/{total + notCoveredSpans}, recall {allCasesRecall:P1}");
        output.WriteLine("not covered (lines): " + string.Join(", ", notCovered.Select(p => $"{p.Key} {p.Value}")));

        recall.Should().BeGreaterThanOrEqualTo(PresidioRecallFloor);
        allCasesRecall.Should().BeGreaterThanOrEqualTo(PresidioAllCasesRecallFloor);
        foreach (var (category, (f, t)) in byCategory)
        {
            ((double)f / t).Should().BeGreaterThanOrEqualTo(PresidioCategoryFloors[category], category);
        }

        falsePositiveLines.Should().BeLessThanOrEqualTo(PresidioFalsePositiveLineCeiling);
    }

    private static (int Found, int Total) Add((int Found, int Total) counts, int hit) => (counts.Found + hit, counts.Total + 1);
}
