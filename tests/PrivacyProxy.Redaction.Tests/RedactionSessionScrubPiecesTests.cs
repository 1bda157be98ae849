using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests;

/// <summary>Values split across adjacent pieces (content parts, blocks, messages) are found joined (issue 7, item 5).</summary>
public sealed class RedactionSessionScrubPiecesTests
{
    private static readonly string Card = PlantedValues.All[3].Value;
    private static readonly string Email = PlantedValues.Email;

    [Fact]
    public void ScrubPieces_CardOneGroupPerPiece_EveryPieceRedacted()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        string[] groups = Card.Split(' ');
        string[] pieces = [groups[0] + " ", groups[1] + " ", groups[2] + " ", groups[3]];

        IReadOnlyList<string> scrubbed = session.ScrubPieces(pieces);

        scrubbed.Should().HaveCount(4);
        scrubbed.Should().OnlyContain(piece => !piece.Any(char.IsAsciiDigit) || piece.StartsWith("[[CREDIT_CARD_", StringComparison.Ordinal),
            "each group of the planted card must be replaced");
        string.Concat(scrubbed).Should().NotContain(groups[1], "no fragment of the planted card may survive");
    }

    [Fact]
    public void ScrubPieces_RandomSplits_NoFragmentSurvivesAndRestoringGivesTheOriginal()
    {
        var random = new Random(7);
        string[] values = [Card, Email, PlantedValues.Person];
        for (int round = 0; round < 300; round++)
        {
            string value = values[round % values.Length];
            string text = "ref " + value + " end";
            int count = random.Next(2, 5);
            int[] cuts = [.. Enumerable.Range(0, count - 1).Select(_ => random.Next(4, 4 + value.Length)).Order()];
            string[] pieces = Split(text, cuts);
            var session = new RedactionSession(new PlantedValueDetector());

            IReadOnlyList<string> scrubbed = session.ScrubPieces(pieces);

            string joined = string.Concat(scrubbed);
            joined.Contains(value, StringComparison.Ordinal).Should().BeFalse("a planted value split across pieces must not survive (round {0})", round);
            for (int i = 0; i < pieces.Length; i++)
            {
                string fragment = Fragment(text, cuts, i, value);
                if (fragment.Length > 3)
                {
                    scrubbed[i].Contains(fragment, StringComparison.Ordinal).Should().BeFalse(
                        "the fragment of the planted value in piece {0} must be replaced (round {1})", i, round);
                }
            }

            string.Concat(scrubbed.Select(piece => session.Restore(piece, TextContext.Plain))).Should().Be(text,
                "restoring every piece gives the original text back (round {0})", round);
        }
    }

    [Fact]
    public void ScrubPieces_ValueWithinOnePiece_SameAsScrub()
    {
        var pieced = new RedactionSession(new PlantedValueDetector());
        var single = new RedactionSession(new PlantedValueDetector());

        IReadOnlyList<string> scrubbed = pieced.ScrubPieces(["mail " + Email + " now", "and again " + Email]);

        scrubbed[0].Should().Be(single.Scrub("mail " + Email + " now"));
        scrubbed[1].Should().Be(single.Scrub("and again " + Email));
    }

    [Fact]
    public void ScrubPieces_GrowingConversation_EarlierPiecesByteIdentical()
    {
        string[] turn1 = ["hi " + PlantedValues.Person, " mail " + Email];
        string[] turn2 = [.. turn1, " thanks, also " + PlantedValues.All[2].Value];

        var first = new RedactionSession(new PlantedValueDetector()).ScrubPieces(turn1);
        var second = new RedactionSession(new PlantedValueDetector()).ScrubPieces(turn2);

        second.Take(2).Should().Equal(first, "the scrubbed prefix must not change from turn to turn");
    }

    [Fact]
    public void ScrubPieces_NoFindings_PiecesUnchanged()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        string[] pieces = ["plain ", "", "text"];

        session.ScrubPieces(pieces).Should().Equal(pieces);
        session.Records.Should().BeEmpty();
    }

    [Fact]
    public void ScrubPieces_CardAcrossMessagesThenWords_FoundWithTheNextPieceSeparated()
    {
        var session = new RedactionSession(new BoundedPatternDetector());
        string[] pieces = ["Here it is: my card number is " + Card[..9], Card[9..], "That was all."];

        IReadOnlyList<string> scrubbed = session.ScrubPieces(pieces);

        scrubbed[0].Contains(Card[..9], StringComparison.Ordinal).Should().BeFalse("the head of the planted card must be replaced");
        scrubbed[1].Contains(Card[9..].Trim(), StringComparison.Ordinal).Should().BeFalse("the tail of the planted card must be replaced");
        scrubbed[2].Should().Be("That was all.", "the message after the card holds none of it");
        string.Concat(scrubbed.Select(piece => session.Restore(piece, TextContext.Plain))).Equals(string.Concat(pieces), StringComparison.Ordinal)
            .Should().BeTrue("restoring gives the original back");
    }

    [Fact]
    public void ScrubPieces_CardOneGroupPerPieceThenNumber_FoundAndNumberKept()
    {
        var session = new RedactionSession(new BoundedPatternDetector());
        string[] pieces = ["my card number is ", .. Card.Split(' '), "256"];

        IReadOnlyList<string> scrubbed = session.ScrubPieces(pieces);

        scrubbed.Skip(1).Take(4).All(piece => piece.StartsWith("[[CREDIT_CARD_", StringComparison.Ordinal)).Should().BeTrue(
            "each group of the planted card must be replaced");
        scrubbed[^1].Should().Be("256", "the number after the card is not part of it");
    }

    [Fact]
    public void ScrubPieces_EmailEndingOnePieceThenWord_NextWordKept()
    {
        var session = new RedactionSession(new BoundedPatternDetector());

        IReadOnlyList<string> scrubbed = session.ScrubPieces(["write to " + Email, "Thanks for the help"]);

        scrubbed[0].Equals("write to [[EMAIL_1]]", StringComparison.Ordinal).Should().BeTrue("the address alone is replaced");
        scrubbed[1].Should().Be("Thanks for the help", "a word glued to a complete address is not part of it");
        session.Records.Should().ContainSingle();
    }

    [Fact]
    public void ScrubPieces_EmailSplitInsideItsDomain_EveryFragmentReplaced()
    {
        // Cuts up to the last dot: past it the head alone is already a complete address, which is the case above.
        var random = new Random(11);
        for (int round = 0; round < 100; round++)
        {
            int cut = random.Next(1, Email.LastIndexOf('.') + 2);
            string next = random.Next(2) == 0 ? " and more" : "Thanks";
            var session = new RedactionSession(new BoundedPatternDetector());

            IReadOnlyList<string> scrubbed = session.ScrubPieces(["write to " + Email[..cut], Email[cut..] + next]);

            string joined = string.Concat(scrubbed);
            joined.Contains(Email, StringComparison.Ordinal).Should().BeFalse("the planted address must not survive (round {0})", round);
            scrubbed[1].StartsWith(Email[cut..], StringComparison.Ordinal).Should().BeFalse(
                "the tail of the planted address must be replaced (round {0})", round);
        }
    }

    [Fact]
    public void ScrubPieces_RandomSplitsAmongWordPieces_CardNeverSurvives()
    {
        var random = new Random(5);
        string[] neighbours = ["That was all.", "256", "ok", " thanks", "x1"];
        for (int round = 0; round < 300; round++)
        {
            string digits = Card.Replace(" ", random.Next(2) == 0 ? " " : string.Empty, StringComparison.Ordinal);
            int count = random.Next(2, 5);
            int[] cuts = [.. Enumerable.Range(0, count - 1).Select(_ => random.Next(1, digits.Length)).Distinct().Order()];
            string[] middle = Split(digits, cuts);
            string[] pieces = [neighbours[random.Next(neighbours.Length)], "card ", .. middle, neighbours[random.Next(neighbours.Length)]];
            var session = new RedactionSession(new BoundedPatternDetector());

            IReadOnlyList<string> scrubbed = session.ScrubPieces(pieces);

            for (int i = 0; i < middle.Length; i++)
            {
                scrubbed[i + 2].StartsWith("[[CREDIT_CARD_", StringComparison.Ordinal).Should().BeTrue(
                    "every fragment of the planted card must be replaced (round {0})", round);
            }

            string.Concat(scrubbed.Select(piece => session.Restore(piece, TextContext.Plain))).Equals(string.Concat(pieces), StringComparison.Ordinal)
                .Should().BeTrue("restoring gives the original back (round {0})", round);
        }
    }

    private static string[] Split(string text, int[] cuts)
    {
        var pieces = new string[cuts.Length + 1];
        int from = 0;
        for (int i = 0; i < cuts.Length; i++)
        {
            pieces[i] = text[from..cuts[i]];
            from = cuts[i];
        }

        pieces[^1] = text[from..];
        return pieces;
    }

    /// <summary>The part of the planted value (at offset 4 of the text) that lies in piece <paramref name="index"/>.</summary>
    private static string Fragment(string text, int[] cuts, int index, string value)
    {
        int start = index == 0 ? 0 : cuts[index - 1];
        int end = index == cuts.Length ? text.Length : cuts[index];
        int lo = Math.Max(start, 4);
        int hi = Math.Min(end, 4 + value.Length);
        return hi > lo ? text[lo..hi] : string.Empty;
    }
}
