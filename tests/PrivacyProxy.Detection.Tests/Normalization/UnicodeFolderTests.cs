using PrivacyProxy.Detection.Normalization;

namespace PrivacyProxy.Detection.Tests.Normalization;

/// <summary>The folded view and its map back to the source: what folds, what stays, and where each character came from.</summary>
public sealed class UnicodeFolderTests
{
    [Theory]
    [InlineData("plain ASCII: key=abc123, x < y; 100%")]
    [InlineData("Привет, как дела? Это обычный текст.")]
    [InlineData("Пароль: Zima2024")]
    [InlineData("café déjà vu chez Müller à Ñandú")]
    [InlineData("这是一个普通的中文句子")]
    [InlineData("emoji 😀 and curly quotes ’ “ ” and ß")]
    public void Fold_TextThatReadsTheSameFolded_GivesNoView(string text)
    {
        using var view = UnicodeFolder.Fold(text);

        view.Should().BeNull("nothing in this text folds, so detection must not pay for a second view");
    }

    [Theory]
    [InlineData("ＡＢＣ１２３：", "ABC123:")]
    [InlineData("a\u200Bb\u200Cc\u200Dd\u2060e\u00ADf\uFEFFg", "abcdefg")]
    [InlineData("x\u202Ay\u202Ez\u2066w\u2069v\u200Eu\u200Ft", "xyzwvut")]
    [InlineData("1\u00A02\u20093\u202F4\u30005\u20026", "1 2 3 4 5 6")]
    [InlineData("a\u2010b\u2011c\u2013d\u2014e\u2212f\uFE63g\uFF0Dh", "a-b-c-d-e-f-g-h")]
    [InlineData("٤٥٣٩ ۱۲ १२३ ১২", "4539 12 123 12")]
    [InlineData("cafe\u0301 re\u0301sume\u0301", "cafe resume")]
    [InlineData("key p4ssw\u00F6rd9 S\u00E9cr\u00E8t-42", "key p4ssword9 Secret-42")]
    [InlineData("ﬁle ﬀ", "file ff")]
    [InlineData("x² ①", "x2 1")]
    [InlineData("key АKIA123 ghр_x", "key AKIA123 ghp_x")]
    public void Fold_FoldableText_GivesTheAsciiReading(string text, string expected)
    {
        using var view = UnicodeFolder.Fold(text);

        view.Should().NotBeNull();
        view!.Text.Should().Be(expected);
    }

    [Fact]
    public void Fold_MathematicalAndTagCharacters_FoldAcrossSurrogatePairs()
    {
        var text = "k=" + char.ConvertFromUtf32(0x1D400) + char.ConvertFromUtf32(0x1D7D7) + "!" + char.ConvertFromUtf32(0xE0041) + char.ConvertFromUtf32(0xE0001);

        using var view = UnicodeFolder.Fold(text);

        view!.Text.Should().Be("k=A9!A");
        view.ToSource(2, 3).Should().Be((2, 4), "a mathematical letter is one folded character for two UTF-16 units");
        view.ToSource(2, 4).Should().Be((2, 6));
        view.ToSource(5, 6).Should().Be((7, 9));
    }

    [Fact]
    public void ToSource_Expansion_MapsEveryPartToTheWholeSourceCharacter()
    {
        using var view = UnicodeFolder.Fold("a\uFB03z");

        view!.Text.Should().Be("affiz");
        view.ToSource(1, 2).Should().Be((1, 2));
        view.ToSource(2, 3).Should().Be((1, 2), "the middle of an expansion still stands for the ligature");
        view.ToSource(3, 5).Should().Be((1, 3));
    }

    [Fact]
    public void ToSource_RemovedCharacters_GoWithTheSpanAfterThemAndInsideIt()
    {
        // source: a ZW b ZW ZW c  ->  view: a b c
        using var view = UnicodeFolder.Fold("a\u200Bb\u200B\u200Bc");

        view!.Text.Should().Be("abc");
        view.ToSource(1, 3).Should().Be((1, 6), "the span covers the zero-width characters before and inside it");
        view.ToSource(0, 1).Should().Be((0, 1));
        view.ToSource(2, 3).Should().Be((3, 6));
    }

    [Fact]
    public void ToSource_EveryFoldedCharacter_RoundTripsToTheSourceItCameFrom()
    {
        var random = new Random(7);
        var pieces = new[] { "a", "Z", "7", " ", "\u200B", "\u00A0", "Ａ", "９", "ﬁ", "é", "e\u0301", "а", "р", "—", char.ConvertFromUtf32(0x1D41A), "٣", "\uFEFF" };
        for (var round = 0; round < 300; round++)
        {
            var source = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            using var view = UnicodeFolder.Fold(source);
            if (view is null)
            {
                continue;
            }

            var covered = 0;
            for (var i = 0; i < view.Text.Length; i++)
            {
                var (start, end) = view.ToSource(i, i + 1);
                start.Should().BeGreaterThanOrEqualTo(0);
                end.Should().BeGreaterThan(start).And.BeLessThanOrEqualTo(source.Length);
                start.Should().BeLessThanOrEqualTo(covered, "spans of consecutive view characters leave no source gap");
                covered = Math.Max(covered, end);
            }

            view.ToSource(0, view.Text.Length).End.Should().Be(covered);
            source.AsSpan(covered).ContainsAnyExcept("\u200B\uFEFF").Should().BeFalse("only removed characters may follow the last folded one");
        }
    }

    [Fact]
    public void Next_FarApartFoldableCharacters_GiveOneShortSegmentEach()
    {
        var filler = string.Concat(Enumerable.Repeat("plain words here ", 200));
        var text = filler + "Ｋey" + filler + "cafe\u0301" + filler;
        var segments = new List<(string Text, int Start, int End)>();
        for (var at = 0; UnicodeFolder.Next(text, ref at) is { } view;)
        {
            using (view)
            {
                segments.Add((view.Text, view.ToSource(0, 1).Start, view.ToSource(0, view.Text.Length).End));
            }
        }

        segments.Should().HaveCount(2);
        segments[0].Text.Should().Contain("Key").And.NotContain("caf");
        segments[1].Text.Should().Contain("cafe");
        segments.Should().OnlyContain(s => s.End - s.Start < 2 * (UnicodeFolder.Reach + 256), "a segment is the folded character and its reach");
        segments.Should().OnlyContain(s => s.Start == 0 || text[s.Start - 1] == ' ', "a segment starts after a space, never inside a word");
        text.Substring(segments[0].Start, segments[0].End - segments[0].Start).Replace("Ｋ", "K", StringComparison.Ordinal)
            .Should().Be(segments[0].Text, "the segment is the source stretch with its one character folded");
    }

    [Fact]
    public void Next_RussianProse_GivesNoSegment()
    {
        var text = string.Concat(Enumerable.Repeat("Это обычный русский текст про сервер и базу данных. ", 50));
        var at = 0;

        UnicodeFolder.Next(text, ref at).Should().BeNull("Cyrillic words are not Latin tokens in disguise");
        at.Should().Be(text.Length);
    }
}
