namespace PrivacyProxy.Detection.Rules;

/// <summary>Splits a pack example into the text to scan and the spans its « » markers point at.</summary>
internal static class ExampleText
{
    public const char Open = '\u00AB';
    public const char Close = '\u00BB';

    public static bool TryParse(string example, out string text, out IReadOnlyList<(int Start, int End)> spans)
    {
        var builder = new System.Text.StringBuilder(example.Length);
        var found = new List<(int, int)>();
        var open = -1;
        foreach (var c in example)
        {
            if (c == Open)
            {
                if (open >= 0)
                {
                    break;
                }

                open = builder.Length;
            }
            else if (c == Close)
            {
                if (open < 0)
                {
                    open = -2;
                    break;
                }

                found.Add((open, builder.Length));
                open = -1;
            }
            else
            {
                builder.Append(c);
            }
        }

        text = builder.ToString();
        spans = found;
        return open == -1 && text.Length == example.Length - (2 * found.Count);
    }
}
