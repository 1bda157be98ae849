namespace PrivacyProxy.Detection.Tests.Resolution;

/// <summary>Every allow.json entry allows the values it lists, and the shipped detector reports none of them.</summary>
public sealed class AllowListTests
{
    public static TheoryData<int> Entries()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < ShippedRules.Detector.Rules.Allow.Entries.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_Examples_AreAllowed(int index)
    {
        var entry = ShippedRules.Detector.Rules.Allow.Entries[index];

        entry.Examples.Should().NotBeEmpty();
        foreach (var example in entry.Examples)
        {
            entry.Regex.IsMatch(example).Should().BeTrue($"allow.json entry {index + 1} ({entry.Protects}) lists it");
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_ExamplesInContext_AreNotFindings(int index)
    {
        var entry = ShippedRules.Detector.Rules.Allow.Entries[index];
        foreach (var example in entry.Examples)
        {
            foreach (var text in new[] { example, $"password = \"{example}\"", $"export API_KEY={example}", $"host: {example}" })
            {
                ShippedRules.Detector.Detect(text).Should().BeEmpty($"allow.json entry {index + 1} ({entry.Protects}) protects it");
            }
        }
    }
}
