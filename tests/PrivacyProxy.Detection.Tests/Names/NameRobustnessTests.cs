using System.Diagnostics;

namespace PrivacyProxy.Detection.Tests.Names;

/// <summary>
/// Bad input for the name pass: 100,000 capitalised word pairs, and a long run of capitalised words. The bound is
/// wall-clock on a shared 2-core machine (about 1.5 s of CPU here): it catches a hang or quadratic work, not speed.
/// </summary>
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

        var detector = ShippedRules.Detector;
        var watch = Stopwatch.StartNew();
        var findings = detector.Detect(text.ToString());
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        findings.Count(f => f.Type == "PERSON").Should().BeGreaterThan(90_000, "almost every pair is a listed given name and surname");
    }

    [Fact]
    public void Detect_EndlessTitleCaseRun_FindsNoPersonAndFinishes()
    {
        var text = string.Join(' ', Enumerable.Repeat("Emily Johnson Harris", 50_000));

        var detector = ShippedRules.Detector;
        var watch = Stopwatch.StartNew();
        var findings = detector.Detect(text);
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        findings.Where(f => f.RuleId == "person-name").Should().BeEmpty("a run of capitalised words longer than a name is a heading");
    }
}
