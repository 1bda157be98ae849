using PrivacyProxy.Detection.Tests.Realistic;

namespace PrivacyProxy.Detection.Tests.Evasion;

/// <summary>
/// Properties at detector level (issue 7, items 3, 5 and 11): a planted value of any class, disguised at random
/// (format characters, space-likes, line breaks, full-width, look-alikes), still yields one finding that covers the
/// whole disguised span. Fixed seeds; a failure names the disguise, the classes and the iterations, never the value.
/// </summary>
public sealed class EvasionPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void PlainValues_AreFoundWhole_Control()
    {
        Check("plain", 17, EvasionPlant.Kinds, (planted, _) => planted.Sentence(planted.Value));
    }

    [Fact]
    public void FormatCharactersInserted_StillFoundWhole()
    {
        Check("format characters", 23, EvasionPlant.Kinds, (planted, random) => planted.Sentence(Insertions.Format(planted.Value, random)));
    }

    [Fact]
    public void SeparatorsAsSpaceLikes_StillFoundWhole()
    {
        Check("space-like separators", 29, EvasionPlant.Grouped, (planted, random) => planted.Sentence(Insertions.Spaces(planted.Value, random)));
    }

    [Fact]
    public void LineBreaksInserted_StillFoundWhole()
    {
        Check("line breaks", 31, ["card", .. EvasionPlant.Keys], (planted, random) => planted.Sentence(Insertions.Lines(planted.Value, random)));
    }

    [Fact]
    public void PasswordOnTheLineAfterItsCue_StillFoundWhole()
    {
        string[] cues = ["password:", "Password:", "pwd:", "passwd:", "mot de passe :", "Passwort:", "login password for staging:"];
        Check("password on the next line", 43, ["password"], (planted, random) =>
        {
            string prefix = cues[random.Next(cues.Length)] + Insertions.LineBreaks[random.Next(Insertions.LineBreaks.Length)];
            return (prefix + planted.Value + "\nuser: deploy", prefix.Length, prefix.Length + planted.Value.Length);
        });
    }

    [Fact]
    public void FullWidthSubstitutions_StillFoundWhole()
    {
        Check("full-width", 37, EvasionPlant.Kinds, (planted, random) => planted.Sentence(Insertions.FullWidth(planted.Value, random)));
    }

    [Fact]
    public void ConfusableSubstitutions_StillFoundWhole()
    {
        Check("look-alikes", 41, EvasionPlant.Kinds, (planted, random) => planted.Sentence(Insertions.Confusable(planted.Value, random)));
    }

    /// <summary>
    /// Runs <see cref="Iterations"/> rounds over <paramref name="kinds"/> in turn, each a fresh value disguised by
    /// <paramref name="show"/> (the text and where the disguised value lies in it); every round must be found whole.
    /// </summary>
    private static void Check(string disguise, int seed, string[] kinds, Func<EvasionPlant, Random, (string Text, int Start, int End)> show)
    {
        var random = new Random(seed);
        var fake = new FakeValues(seed);
        var detector = ShippedRules.Detector;
        var missed = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < Iterations; i++)
        {
            var planted = EvasionPlant.Make(kinds[i % kinds.Length], fake);
            var (text, start, end) = show(planted, random);
            if (!detector.Detect(text).Any(f => f.Start <= start && f.End >= end))
            {
                (missed.TryGetValue(planted.Kind, out var rounds) ? rounds : missed[planted.Kind] = []).Add(i);
            }
        }

        string summary = string.Join("; ", missed.Select(m => $"{m.Key}: {m.Value.Count} (rounds {string.Join(',', m.Value.Take(5))}...)"));
        missed.Count.Should().Be(0, "every {0} disguise must still be found whole; missed by class: {1}", disguise, summary);
    }
}
