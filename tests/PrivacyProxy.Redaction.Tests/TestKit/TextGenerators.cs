using CsCheck;

namespace PrivacyProxy.Redaction.Tests.TestKit;

/// <summary>CsCheck generators for texts full of placeholders, tolerated variants, near-misses and planted values.</summary>
internal static class TextGenerators
{
    /// <summary>Placeholders <see cref="Sessions.Issued"/> issued, and the variants a model may write for them.</summary>
    private static readonly string[] Issued =
    [
        "[[PERSON_1]]", "[[EMAIL_1]]", "[[EMAIL_2]]", "[[CREDIT_CARD_1]]", "[[API_KEY_1]]", "[[TEXT_1]]",
        "[[email_1]]", "[[ EMAIL_2 ]]", "[[  api_key_1  ]]", "\\[\\[PERSON_1\\]\\]", "\\\\[\\\\[EMAIL_1\\\\]\\\\]",
        "[EMAIL_1]", "[EMAIL_2]", "[person_1]",
    ];

    /// <summary>Shapes that are not issued, and pieces that only start or end one.</summary>
    private static readonly string[] NearMisses =
    [
        "[[EMAIL_9]]", "[[EMAIL_01]]", "[[FOO_1]]", "[FOO_2]", "[[FOO_3]]", "[[EMAIL_", "[[", "]]", "[", "]", "\\", "\\\\",
        "[[[EMAIL_1]]]", "[[EMAIL_1]", "\\[\\[EMAIL_1]]", "[[EMAIL_1 ", "_1]]", "[[   EMAIL_1]]", "\\[",
        "[[" + new string('A', 45) + "_1]]", "[[" + new string('B', 32) + "_123456789]]", " ", "\"", "\n",
    ];

    private static readonly Gen<string> Filler = Gen.Char["ab E_1[]\\ \""].Array[0, 5].Select(chars => new string(chars));

    /// <summary>Text as a model might produce it from a scrubbed prompt.</summary>
    public static readonly Gen<string> ModelText = Gen.Frequency(
            (3, Gen.OneOf(Issued)),
            (3, Gen.OneOf(NearMisses)),
            (2, Filler))
        .Array[0, 16]
        .Select(string.Concat);

    /// <summary>Client text: planted values mixed with literal placeholder shapes, near-misses and filler.</summary>
    public static readonly Gen<string> ClientText = Gen.Frequency(
            (3, Gen.OneOf(PlantedValues.All.Select(p => p.Value).ToArray())),
            (2, Gen.OneOf(Issued)),
            (2, Gen.OneOf(NearMisses)),
            (3, Filler))
        .Array[0, 12]
        .Select(string.Concat);

    /// <summary>Fragment lengths (0 means an empty fragment); the rest of the text goes in one last fragment.</summary>
    public static readonly Gen<int[]> Splits = Gen.Int[0, 9].Array[0, 24];

    /// <summary>Cuts <paramref name="text"/> by <paramref name="lengths"/>, or into 1-char fragments when <paramref name="oneChar"/>.</summary>
    public static List<string> Fragments(string text, int[] lengths, bool oneChar)
    {
        var fragments = new List<string>();
        if (oneChar)
        {
            foreach (char c in text)
            {
                fragments.Add(c.ToString());
            }

            return fragments;
        }

        int at = 0;
        foreach (int length in lengths)
        {
            int take = Math.Min(length, text.Length - at);
            fragments.Add(text.Substring(at, take));
            at += take;
        }

        fragments.Add(text[at..]);
        return fragments;
    }
}
