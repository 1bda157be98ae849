using PrivacyProxy.Detection.Lists;

namespace PrivacyProxy.Detection.Tests.Lists;

/// <summary>
/// The word-list matcher finds what the whole-word regex alternation found (property tests over the shipped
/// lists), reads separator runs and apostrophe variants as one, and stays linear and allocation-free on hostile text.
/// </summary>
public sealed class WordListMatcherTests
{
    private static readonly System.Buffers.SearchValues<char> SeparatorChars = System.Buffers.SearchValues.Create(" \u00A0\u2013-\n\t");

    public static TheoryData<string> Lists() => ["medications", "diagnoses"];

    [Theory]
    [MemberData(nameof(Lists))]
    public void TryNext_TextsAsListed_SameMatchesAsTheOldRegex(string list)
    {
        var entries = ListOracle.Shipped(list);
        var matcher = new WordListMatcher(entries, ignoreCase: true);
        var regex = ListOracle.Old(entries);
        var total = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var text = new ListText(entries, seed).AsListed(40);

            var expected = ListOracle.Matches(regex, text);

            ListOracle.Matches(matcher, text).Should().Equal(expected, $"seed {seed}");
            total += expected.Count;
        }

        total.Should().BeGreaterThan(1000, "the texts hold many entries, not only near misses");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void TryNext_SeparatorAndApostropheVariants_SameMatchesAsTheWidenedRegex(string list)
    {
        var entries = ListOracle.Shipped(list);
        var matcher = new WordListMatcher(entries, ignoreCase: true);
        var regex = ListOracle.Widened(entries);
        var multiWord = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var text = new ListText(entries, 1000 + seed).WithVariants(40);

            var expected = ListOracle.Matches(regex, text);

            ListOracle.Matches(matcher, text).Should().Equal(expected, $"seed {seed}");
            multiWord += expected.Count(m => text.AsSpan(m.Start, m.End - m.Start).IndexOfAny(SeparatorChars) >= 0);
        }

        multiWord.Should().BeGreaterThan(20, "multi-word entries with varied separators occur");
    }

    [Theory]
    [InlineData("took «lithium carbonate» daily")]
    [InlineData("took «Lithium   Carbonate» daily")]
    [InlineData("took «lithium-carbonate» daily")]
    [InlineData("took «lithium\ncarbonate» daily")]
    [InlineData("dx «early-onset Alzheimer's disease»")]
    [InlineData("dx «early onset alzheimer\u2019s disease»")]
    [InlineData("dx «EARLY\u2013ONSET ALZHEIMER\u02BCS DISEASE».")]
    [InlineData("dx «Alzheimer's disease» (late)")]
    public void TryNext_MultiWordEntry_LongestEntryWithNormalisedSeparators(string example)
    {
        var matcher = new WordListMatcher(["lithium", "lithium carbonate", "alzheimer's disease", "early-onset alzheimer's disease"], ignoreCase: true);
        var start = example.IndexOf('«');
        var end = example.IndexOf('»') - 1;
        var text = example.Replace("«", "").Replace("»", "");

        ListOracle.Matches(matcher, text).Should().Equal([(start, end)]);
    }

    [Theory]
    [InlineData("metforminx")]
    [InlineData("xmetformin")]
    [InlineData("pre-metformin")]
    [InlineData("metformin-like")]
    [InlineData("metformin_er")]
    [InlineData("metformin2")]
    [InlineData("lithium          carbonate")]
    [InlineData("lithium carbonates")]
    public void TryNext_NotAWholeEntry_NoMatchOfTheEntry(string text)
    {
        var matcher = new WordListMatcher(["metformin", "lithium carbonate"], ignoreCase: true);

        ListOracle.Matches(matcher, text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("(metformin)", 1, 10)]
    [InlineData("metformin.", 0, 9)]
    [InlineData("\"Metformin\"", 1, 10)]
    [InlineData("x/metformin/y", 2, 11)]
    [InlineData("1 metformin", 2, 11)]
    public void TryNext_PunctuationAround_WholeWordFound(string text, int start, int end)
    {
        var matcher = new WordListMatcher(["metformin"], ignoreCase: true);

        ListOracle.Matches(matcher, text).Should().Equal([(start, end)]);
    }

    [Fact]
    public void TryNext_CaseSensitiveList_OnlyTheListedCase()
    {
        var matcher = new WordListMatcher(["Zoloft"], ignoreCase: false);

        ListOracle.Matches(matcher, "Zoloft zoloft ZOLOFT").Should().Equal([(0, 6)]);
    }

    [Fact]
    public void TryNext_RangeGiven_OnlyEntriesStartingInIt()
    {
        var matcher = new WordListMatcher(["metformin"], ignoreCase: true);
        const string text = "metformin and metformin";

        matcher.TryNext(text, 1, 14, out _, out _).Should().BeFalse();
        matcher.TryNext(text, 1, 15, out var start, out var end).Should().BeTrue();
        (start, end).Should().Be((14, 23));
    }

    [Fact]
    public void TryNext_TenMegabytesOfOneName_EveryOccurrenceWithoutAllocating()
    {
        var matcher = new WordListMatcher(ListOracle.Shipped("medications"), ignoreCase: true);
        var text = string.Concat(Enumerable.Repeat("metformin ", 1_000_000));
        var glued = string.Concat(Enumerable.Repeat("metformin", 1_000_000));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (count, at) = (0, 0);
        while (matcher.TryNext(text, at, text.Length, out _, out var end))
        {
            (count, at) = (count + 1, end);
        }

        var gluedFound = matcher.TryNext(glued, 0, glued.Length, out _, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        count.Should().Be(1_000_000);
        gluedFound.Should().BeFalse("one glued word is no whole medication name");
        allocated.Should().BeLessThan(64 * 1024);
    }

    [Fact]
    public void TryNext_MillionShortWordsAndSeparatorFloods_LinearWithoutAllocating()
    {
        var matcher = new WordListMatcher(ListOracle.Shipped("diagnoses"), ignoreCase: true);
        var words = string.Concat(Enumerable.Range(0, 1_000_000).Select(i => (char)('a' + (i % 26)) + "c "));
        var spaces = "acute" + new string(' ', 5_000_000) + "bronchitis";
        var hyphens = "acute" + string.Concat(Enumerable.Repeat(" -", 2_000_000)) + "bronchitis";

        var before = GC.GetAllocatedBytesForCurrentThread();
        var inWords = matcher.TryNext(words, 0, words.Length, out _, out _);
        var inSpaces = matcher.TryNext(spaces, 0, spaces.Length, out var start, out var end);
        var inHyphens = matcher.TryNext(hyphens, 0, hyphens.Length, out _, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        inWords.Should().BeFalse();
        inSpaces.Should().BeTrue();
        (start, end).Should().Be((spaces.Length - 10, spaces.Length), "a flood of spaces joins no entry; the word after it stands alone");
        inHyphens.Should().BeFalse("a word glued to a hyphen is not whole");
        allocated.Should().BeLessThan(64 * 1024);
    }
}
