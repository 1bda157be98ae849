using System.Diagnostics;

namespace PrivacyProxy.Detection.Tests.Names;

/// <summary>Bad input for the name pass: 100,000 capitalised word pairs, and a long run of capitalised words.</summary>
public sealed class NameRobustnessTests
{
    [Fact]
    public void Detect_HundredThousandCapitalisedPairs_FinishesInBoundedTime()
    {
        var random = new Random(4242);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            text.Append(NameLists.PlainGiven[random.Next(NameLists.PlainGiven.Count)]).Append(' ')
                .Append(NameLists.PlainSurnames[random.Next(NameLists.PlainSurnames.Count)]).Append(i % 8 == 7 ? ".\n" : ", ");
        }

        var watch = Stopwatch.StartNew();
        var findings = ShippedRules.Detector.Detect(text.ToString());
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        findings.Count(f => f.Type == "PERSON").Should().BeGreaterThan(90_000, "almost every pair is a listed given name and surname");
    }

    [Fact]
    public void Detect_EndlessTitleCaseRun_FindsNoPersonAndFinishes()
    {
        var text = string.Join(' ', Enumerable.Repeat("Emily Johnson Harris", 50_000));

        var watch = Stopwatch.StartNew();
        var findings = ShippedRules.Detector.Detect(text);
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        findings.Where(f => f.RuleId == "person-name").Should().BeEmpty("a run of capitalised words longer than a name is a heading");
    }
}
