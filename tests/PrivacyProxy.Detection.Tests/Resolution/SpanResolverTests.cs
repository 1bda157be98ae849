using CsCheck;
using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Resolution;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Tests.Resolution;

public sealed class SpanResolverTests
{
    private static readonly CompiledRule[] Rules = [.. Enumerable.Range(0, 4).Select(i => Rule(i))];

    [Fact]
    public void Resolve_HigherPriority_WinsOverLonger()
    {
        var findings = SpanResolver.Resolve([new Candidate(0, 20, 0, 50, false), new Candidate(5, 10, 1, 70, false)], Rules);

        findings.Should().Equal(new Finding(5, 10, "SECRET", "T1", "r1"));
    }

    [Fact]
    public void Resolve_SamePriority_ValidatedWinsOverLonger()
    {
        var findings = SpanResolver.Resolve([new Candidate(0, 20, 0, 50, false), new Candidate(5, 10, 1, 50, true)], Rules);

        findings.Should().Equal(new Finding(5, 10, "SECRET", "T1", "r1"));
    }

    [Fact]
    public void Resolve_SamePriorityAndValidation_LongerWins()
    {
        var findings = SpanResolver.Resolve([new Candidate(5, 10, 1, 50, false), new Candidate(0, 20, 0, 50, false)], Rules);

        findings.Should().Equal(new Finding(0, 20, "SECRET", "T0", "r0"));
    }

    [Fact]
    public void Resolve_DisjointAndTouching_KeepsAllSortedByStart()
    {
        var findings = SpanResolver.Resolve(
            [new Candidate(10, 15, 2, 50, false), new Candidate(0, 10, 1, 50, false), new Candidate(15, 16, 3, 10, false)], Rules);

        findings.Select(f => (f.Start, f.End)).Should().Equal((0, 10), (10, 15), (15, 16));
    }

    [Fact]
    public void Resolve_AnyCandidates_GivesSortedNonOverlappingSubset()
    {
        var candidate = Gen.Select(Gen.Int[0, 500], Gen.Int[1, 40], Gen.Int[0, 3], Gen.Int[0, 100], Gen.Bool)
            .Select((start, length, rule, priority, validated) => new Candidate(start, start + length, rule, priority, validated));

        // Above 32 candidates the resolver switches from pairwise checks to a bitmap: both paths are covered.
        candidate.List[0, 120].Sample(candidates =>
        {
            var findings = SpanResolver.Resolve([.. candidates], Rules);
            for (var i = 1; i < findings.Length; i++)
            {
                if (findings[i].Start < findings[i - 1].End)
                {
                    return false;
                }
            }

            // Every candidate left out overlaps a kept finding that ranks at least as high.
            return candidates.All(c => findings.Any(f => f.Start == c.Start && f.End == c.End && f.RuleId == $"r{c.Rule}")
                || findings.Any(f => f.Start < c.End && c.Start < f.End));
        });
    }

    private static CompiledRule Rule(int index) => new()
    {
        Index = index,
        Definition = new RuleDefinition { File = "t.json", Id = $"r{index}", Category = "SECRET", Type = $"T{index}", Anchors = ["x"] },
        Branches = [],
        Checks = [],
        Allow = [],
    };
}
