using PrivacyProxy.Detection;
using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests;

public sealed class RedactionSessionScrubTests
{
    private static readonly string Person = PlantedValues.Person;
    private static readonly string Email = PlantedValues.Email;
    private static readonly string OtherEmail = PlantedValues.All[2].Value;

    [Fact]
    public void Scrub_Findings_ReplacedByTypedNumberedPlaceholders()
    {
        var session = new RedactionSession(new PlantedValueDetector());

        string scrubbed = session.Scrub($"Dear {Person}, mail {Email} or {OtherEmail}.");

        scrubbed.ShouldEqualMasked("Dear [[PERSON_1]], mail [[EMAIL_1]] or [[EMAIL_2]].");
    }

    [Fact]
    public void Scrub_SameValueInLaterMessage_SamePlaceholder()
    {
        var session = new RedactionSession(new PlantedValueDetector());

        string first = session.Scrub($"from {Email}");
        session.Scrub($"cc {OtherEmail}");
        string fifth = session.Scrub($"again {Email} and {OtherEmail}");

        first.ShouldEqualMasked("from [[EMAIL_1]]");
        fifth.ShouldEqualMasked("again [[EMAIL_1]] and [[EMAIL_2]]");
    }

    [Fact]
    public void Scrub_GrowingConversation_PrefixByteIdenticalTurnToTurn()
    {
        string[] turn1 = [$"hi {Person}", $"mail {Email}"];
        string[] turn2 = [.. turn1, $"also {OtherEmail} and {Email}"];

        string[] scrubbed1 = ScrubAll(turn1);
        string[] scrubbed2 = ScrubAll(turn2);

        for (int i = 0; i < turn1.Length; i++)
        {
            scrubbed2[i].ShouldEqualMasked(scrubbed1[i], "the scrubbed prefix must not change");
        }
    }

    [Fact]
    public void Scrub_SameInputsInNewSession_SameOutputs()
    {
        string[] inputs = [$"{Email} {Person}", "[[EMAIL_1]] literal", $"{OtherEmail} {PlantedValues.All[3].Value}"];

        string[] once = ScrubAll(inputs);
        string[] again = ScrubAll(inputs);

        for (int i = 0; i < inputs.Length; i++)
        {
            again[i].ShouldEqualMasked(once[i], "scrubbing is deterministic");
        }
    }

    [Fact]
    public void Scrub_NoFinding_SameInstance()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        string text = "nothing to see here [link](x)";

        session.Scrub(text).Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("[[EMAIL_1]]")]
    [InlineData("[[email_1]]")]
    [InlineData("[[ EMAIL_1 ]]")]
    [InlineData("\\[\\[EMAIL_1\\]\\]")]
    [InlineData("\\\\[\\\\[EMAIL_1\\\\]\\\\]")]
    [InlineData("[[EMAIL_9]]")]
    public void Scrub_InputLooksLikePlaceholder_ProtectedAsText(string literal)
    {
        var session = new RedactionSession(new PlantedValueDetector());

        string scrubbed = session.Scrub($"see {literal} then {Email}");

        scrubbed.ShouldEqualMasked("see [[TEXT_1]] then [[EMAIL_1]]");
        session.ProtectedLiteralCount.Should().Be(1);
        session.Records.Should().ContainSingle().Which.Type.Should().Be("EMAIL");
    }

    [Fact]
    public void Scrub_LiteralPlaceholderThenSameNameIssued_RestoresEachToItsOwnText()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        string first = session.Scrub("my template uses [[EMAIL_1]] verbatim");
        string second = session.Scrub($"send to {Email}");

        first.ShouldEqualMasked("my template uses [[TEXT_1]] verbatim");
        second.ShouldEqualMasked("send to [[EMAIL_1]]");
        session.Restore("[[TEXT_1]] / [[EMAIL_1]]", TextContext.Plain).ShouldEqualMasked($"[[EMAIL_1]] / {Email}");
    }

    [Fact]
    public void Scrub_SingleBracketShape_LeftInPlace()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        string text = "buf[OFFSET_1] and [EMAIL_1]";

        session.Scrub(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Scrub_OverlappingFindings_OnePlaceholderForTheUnion()
    {
        var detector = new FixedFindingsDetector(
            new Finding(0, 6, Categories.Secret, "API_KEY", "a"),
            new Finding(4, 10, Categories.Contact, "EMAIL", "b"));
        var session = new RedactionSession(detector);

        string scrubbed = session.Scrub("abcdefghijkl");

        scrubbed.ShouldEqualMasked("[[API_KEY_1]]kl");
        session.Restore(scrubbed, TextContext.Plain).ShouldEqualMasked("abcdefghijkl");
    }

    [Fact]
    public void Scrub_FindingOverlapsLiteralPlaceholder_UnionTypedByFinding()
    {
        var detector = new FixedFindingsDetector(new Finding(4, 8, Categories.Secret, "PASSWORD", "p"));
        var session = new RedactionSession(detector);

        string scrubbed = session.Scrub("pw: [[EMAIL_1]] x");

        scrubbed.ShouldEqualMasked("pw: [[PASSWORD_1]] x");
        session.Records.Should().ContainSingle().Which.RuleId.Should().Be("p");
    }

    [Fact]
    public void Scrub_FindingsOutOfOrder_ThrowsWithoutValue()
    {
        var detector = new FixedFindingsDetector(
            new Finding(5, 8, Categories.Secret, "API_KEY", "a"),
            new Finding(0, 3, Categories.Secret, "API_KEY", "a"));
        var session = new RedactionSession(detector);

        Action act = () => session.Scrub("SECRETVALUE");

        act.Should().Throw<InvalidOperationException>().Which.Message.Contains("SECRET", StringComparison.Ordinal)
            .Should().BeFalse("the message must not carry the text");
    }

    [Fact]
    public void Scrub_FindingOutsideText_Throws()
    {
        var session = new RedactionSession(new FixedFindingsDetector(new Finding(2, 99, Categories.Secret, "API_KEY", "a")));

        Action act = () => session.Scrub("short");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Scrub_DetectorTypeOutsideGrammar_NormalisedInPlaceholderKeptInRecord()
    {
        var session = new RedactionSession(new FixedFindingsDetector(new Finding(0, 3, Categories.Health, "icd-10", "icd")));

        session.Scrub("J45 asthma").Should().Be("[[ICD_10_1]] asthma");
        session.Records[0].Should().Be(new RedactionRecord("[[ICD_10_1]]", Categories.Health, "icd-10", "icd"));
    }

    [Fact]
    public void Records_SeveralFindings_FirstAppearanceOrderWithoutValues()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        session.Scrub($"{Email} {Person} {Email}");
        session.Scrub($"{OtherEmail}");

        session.Records.Should().Equal(
            new RedactionRecord("[[EMAIL_1]]", Categories.Contact, "EMAIL", "planted-email"),
            new RedactionRecord("[[PERSON_1]]", Categories.Personal, "PERSON", "planted-person"),
            new RedactionRecord("[[EMAIL_2]]", Categories.Contact, "EMAIL", "planted-email"));
        string.Join("|", session.Records).Contains("example", StringComparison.Ordinal).Should().BeFalse("records never hold values");
    }

    [Fact]
    public void ForEachValue_AfterScrub_PairsEachRecordWithItsValueInOrder()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        session.Scrub($"{Email} [[EMAIL_1]] {Person}");
        var pairs = new List<(string? Placeholder, string Value)>();

        session.ForEachValue((record, value) => pairs.Add((record.Placeholder, value)));

        pairs.Select(p => p.Placeholder).Should().Equal("[[EMAIL_1]]", "[[PERSON_1]]");
        (pairs[0].Value == Email && pairs[1].Value == Person).Should().BeTrue("each record pairs with its own value");
    }

    [Fact]
    public void ToString_AfterScrub_CountsOnlyNoValues()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        session.Scrub($"{Email} {Person}");

        string shown = session.ToString();

        PlantedValues.AnyIn(shown).Should().BeFalse("ToString must not show values");
        shown.Should().Contain("records=2");
    }

    private static string[] ScrubAll(string[] messages)
    {
        var session = new RedactionSession(new PlantedValueDetector());
        var scrubbed = new string[messages.Length];
        for (int i = 0; i < messages.Length; i++)
        {
            scrubbed[i] = session.Scrub(messages[i]);
        }

        return scrubbed;
    }
}
