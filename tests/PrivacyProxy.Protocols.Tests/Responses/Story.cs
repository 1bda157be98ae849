namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>
/// One generated Responses answer: the model's texts (reasoning, summary, output text, arguments), where each is
/// cut into deltas, which done events upstream sends, how message and call deltas interleave, how reads split.
/// </summary>
internal sealed record Story(
    string[] Texts,
    int[][] Cuts,
    bool TextDone,
    bool PartDone,
    bool ItemDone,
    bool[] Order,
    int[] Chunks)
{
    public List<string> Fragments(int text)
    {
        string value = Texts[text];
        var points = Cuts[text].Select(c => value.Length == 0 ? 0 : c % (value.Length + 1))
            .Where(c => c == 0 || c == value.Length || !char.IsLowSurrogate(value[c]))
            .Append(0).Append(value.Length).Distinct().Order().ToList();
        var fragments = new List<string>();
        for (int i = 1; i < points.Count; i++)
        {
            fragments.Add(value[points[i - 1]..points[i]]);
        }

        return fragments;
    }
}
