namespace PrivacyProxy.Detection.Tests.Rules;

/// <summary>Loading a rules directory again after its files changed gives the new rules (hot reload, issue 8).</summary>
public sealed class RuleSetCacheTests
{
    [Fact]
    public void Load_SameSizeEditWithOldWriteTime_NewRulesApply()
    {
        using var rules = new TempRules().WithPack("contact.json", TempRules.Rule("foo-number"));
        var path = Path.Combine(rules.Path, "contact.json");
        var written = File.GetLastWriteTimeUtc(path);
        Detector.Load(rules.Path).Detect("x foo42 y").Should().ContainSingle();

        // "foo" -> "bar": same size; the write time is put back, as a copy that keeps times (cp -p, unzip) does.
        File.WriteAllText(path, File.ReadAllText(path).Replace("foo", "bar", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, written);

        var reloaded = Detector.Load(rules.Path);
        reloaded.Detect("x foo42 y").Should().BeEmpty();
        reloaded.Detect("x bar42 y").Should().ContainSingle().Which.RuleId.Should().Be("bar-number");
    }

    [Fact]
    public void Load_Unchanged_SharesTheCompiledRules()
    {
        using var rules = new TempRules().WithPack("contact.json", TempRules.Rule("foo-number"));

        var first = Detector.Load(rules.Path);
        var second = Detector.Load(rules.Path);

        second.Rules.Should().BeSameAs(first.Rules, "an unchanged directory is not compiled again");
    }

    [Fact]
    public void Load_BrokenThenFixed_FixedRulesLoad()
    {
        using var rules = new TempRules().WithPack("contact.json", TempRules.Rule("foo-number", pattern: "foo(\\\\d+"));
        var broken = () => Detector.Load(rules.Path);
        broken.Should().Throw<RuleLoadException>();

        rules.WithPack("contact.json", TempRules.Rule("foo-number"));

        Detector.Load(rules.Path).Detect("x foo42 y").Should().ContainSingle();
    }
}
