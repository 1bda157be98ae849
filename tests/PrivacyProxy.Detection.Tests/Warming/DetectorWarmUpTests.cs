using PrivacyProxy.Detection.Rules;
using PrivacyProxy.Detection.Warming;

namespace PrivacyProxy.Detection.Tests.Warming;

/// <summary>
/// Warm-up scans every rule's examples once per rule set, changes no finding, and a scan that arrives while it
/// runs waits for it.
/// </summary>
public sealed class DetectorWarmUpTests
{
    [Fact]
    public void Corpus_ShippedRules_EveryRuleWithItsExamples()
    {
        var rules = ShippedRules.Detector.Rules;

        var corpus = WarmUpCorpus.Of(rules).ToList();

        corpus.Select(c => c.Rule).Distinct().Should().HaveCount(rules.Rules.Length);
        corpus.GroupBy(c => c.Rule).Should().OnlyContain(g => g.Count() >= 2, "every rule has a match and a no-match example");
        corpus.Should().NotContain(c => c.Text.Contains('\u00AB') || c.Text.Contains('\u00BB'), "markers are removed");
    }

    [Fact]
    public void WarmUp_FreshRuleSet_WarmAndSameFindings()
    {
        var cold = Detector.FromRuleSet(RuleSetCompiler.Compile(ShippedRules.Directory));
        var warm = ShippedRules.Detector;
        const string text = "patient on metformin and lisinopril, history of type 2 diabetes; key AKIAIOSFODNN7EXAMPLE";
        var expected = warm.Detect(text);

        cold.IsWarmedUp.Should().BeFalse();
        cold.WarmUp();

        cold.IsWarmedUp.Should().BeTrue();
        cold.Detect(text).Should().Equal(expected);
        expected.Should().Contain(f => f.Type == "MEDICATION");
    }

    [Fact]
    public async Task Detect_DuringWarmUp_WaitsForIt()
    {
        var detector = Detector.FromRuleSet(RuleSetCompiler.Compile(ShippedRules.Directory));
        var warming = Task.Run(detector.WarmUp);
        SpinWait.SpinUntil(() => detector.Rules.WarmUp.InProgress || detector.IsWarmedUp, TimeSpan.FromSeconds(30)).Should().BeTrue();

        detector.Detect("currently taking metformin 500 mg");

        detector.IsWarmedUp.Should().BeTrue("the scan waited for the warm-up in progress");
        await warming.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void WarmUp_SecondDetectorOverTheSameRules_AlreadyWarm()
    {
        var first = Detector.FromRuleSet(RuleSetCompiler.Compile(ShippedRules.Directory));
        first.WarmUp();

        var second = Detector.FromRuleSet(first.Rules);

        second.IsWarmedUp.Should().BeTrue();
        second.WarmUp();
        second.IsWarmedUp.Should().BeTrue();
    }
}
