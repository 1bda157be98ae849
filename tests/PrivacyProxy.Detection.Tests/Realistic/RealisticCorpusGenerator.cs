using System.Text;

namespace PrivacyProxy.Detection.Tests.Realistic;

/// <summary>
/// Expands <see cref="PromptTemplates"/> and <see cref="CleanTemplates"/> with seeded fake values, recording the
/// exact span of every value as it is written, so labels are right by construction.
/// </summary>
internal static class RealisticCorpusGenerator
{
    public const int Seed = 20_240_611;
    private const int VariantsPerPrompt = 5;
    private const int CleanCharacters = 100_000;

    public static IReadOnlyList<RealisticCase> Prompts()
    {
        var slots = new PromptSlots(new FakeValues(Seed));
        var cases = new List<RealisticCase>();
        for (var variant = 0; variant < VariantsPerPrompt; variant++)
        {
            for (var i = 0; i < PromptTemplates.All.Count; i++)
            {
                var (kind, template) = PromptTemplates.All[i];
                cases.Add(Expand($"p{i:D3}-{variant}", kind, template, slots));
            }
        }

        return cases;
    }

    public static IReadOnlyList<RealisticCase> Clean()
    {
        var slots = new PromptSlots(new FakeValues(Seed + 1));
        var cases = new List<RealisticCase>();
        var total = 0;
        for (var n = 0; total < CleanCharacters; n++)
        {
            var (kind, template) = CleanTemplates.All[n % CleanTemplates.All.Count];
            var item = Expand($"c{n:D4}", kind, template, slots);
            item.Spans.Should().BeEmpty("clean templates hold look-alikes only");
            cases.Add(item);
            total += item.Text.Length;
        }

        return cases;
    }

    private static RealisticCase Expand(string id, string kind, string template, PromptSlots slots)
    {
        var text = new StringBuilder();
        var spans = new List<LabelledSpan>();
        var lookAlikes = new List<LabelledSpan>();
        var at = 0;
        while (true)
        {
            var open = template.IndexOf("<%", at, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            var close = template.IndexOf("%>", open, StringComparison.Ordinal);
            text.Append(template, at, open - at);
            var (value, category, type) = slots.Fill(template[(open + 2)..close]);
            var span = new LabelledSpan(text.Length, text.Length + value.Length, category ?? "LOOK_ALIKE", type);
            (category is null ? lookAlikes : spans).Add(span);
            text.Append(value);
            at = close + 2;
        }

        return new RealisticCase(id, kind, text.ToString(), spans, lookAlikes);
    }
}
