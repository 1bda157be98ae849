using PrivacyProxy.Redaction.Placeholders;
using PrivacyProxy.Redaction.Restoring;

namespace PrivacyProxy.Redaction.Tests.Restoring;

public sealed class PlaceholderMatcherTests
{
    [Theory]
    [InlineData("[[EMAIL_1]]", false, 11, "EMAIL", "1", false)]
    [InlineData("[[email_1]] tail", false, 11, "email", "1", false)]
    [InlineData("[[ EMAIL_1 ]]", false, 13, "EMAIL", "1", false)]
    [InlineData("[[  API_KEY_12]]", false, 16, "API_KEY", "12", false)]
    [InlineData("\\[\\[EMAIL_1\\]\\]", false, 15, "EMAIL", "1", false)]
    [InlineData("\\\\[\\\\[EMAIL_1\\\\]\\\\]", true, 19, "EMAIL", "1", false)]
    [InlineData("\\[\\[EMAIL_1\\]\\]", true, 15, "EMAIL", "1", false)]
    [InlineData("[EMAIL_1]", false, 9, "EMAIL", "1", true)]
    [InlineData("[[EMAIL_01]]", false, 12, "EMAIL", "01", false)]
    [InlineData("[[EMAIL_1]]]", false, 11, "EMAIL", "1", false)]
    public void Match_PlaceholderShape_Matches(string text, bool json, int length, string type, string digits, bool single)
    {
        MatchOutcome outcome = PlaceholderMatcher.Match(text, 0, json, final: true, out PlaceholderMatch match);

        outcome.Should().Be(MatchOutcome.Match);
        match.Length.Should().Be(length);
        match.Type(text).ToString().Should().Be(type);
        match.Digits(text).ToString().Should().Be(digits);
        match.Form.Should().Be(single ? PlaceholderForm.Single : PlaceholderForm.Double);
    }

    [Theory]
    [InlineData("[[[EMAIL_1]]]", false)]
    [InlineData("[[EMAIL_1]", false)]
    [InlineData("[[EMAIL_1 ]", false)]
    [InlineData("[[EMAIL]]", false)]
    [InlineData("[[EMAIL_]]", false)]
    [InlineData("[[_1]]", false)]
    [InlineData("[[1_1]]", false)]
    [InlineData("[[   EMAIL_1]]", false)]
    [InlineData("[ [EMAIL_1]]", false)]
    [InlineData("[ EMAIL_1 ]", false)]
    [InlineData("[[EMAIL-1]]", false)]
    [InlineData("[[EMAIL_1234567890]]", false)]
    [InlineData("\\[[EMAIL_1]]", false)]
    [InlineData("[\\[EMAIL_1\\]\\]", false)]
    [InlineData("\\[\\[EMAIL_1]]", false)]
    [InlineData("\\[\\[EMAIL_1\\\\]\\\\]", true)]
    [InlineData("\\\\[\\\\[EMAIL_1\\\\]\\\\]", false)]
    [InlineData("\\n", true)]
    [InlineData("\\\"", true)]
    [InlineData("[link](url)", false)]
    [InlineData("x[[EMAIL_1]]", false)]
    public void Match_NotAPlaceholderShape_NoMatch(string text, bool json) =>
        PlaceholderMatcher.Match(text, 0, json, final: true, out _).Should().Be(MatchOutcome.NoMatch);

    [Fact]
    public void Match_BodyLongerThanGrammar_NoMatchEvenBeforeClose()
    {
        string text = "[[" + new string('A', PlaceholderFormat.MaxBodyLength + 1);

        PlaceholderMatcher.Match(text, 0, jsonEscapes: false, final: false, out _).Should().Be(MatchOutcome.NoMatch);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[[")]
    [InlineData("[[EMA")]
    [InlineData("[[EMAIL_")]
    [InlineData("[[EMAIL_1")]
    [InlineData("[[ EMAIL_1 ")]
    [InlineData("[[EMAIL_1]")]
    [InlineData("[EMAIL")]
    [InlineData("\\")]
    [InlineData("\\[\\[EMAIL_1\\]\\")]
    public void Match_TextEndsInsidePossiblePlaceholder_NeedMoreUnlessFinal(string text)
    {
        PlaceholderMatcher.Match(text, 0, jsonEscapes: true, final: false, out _).Should().Be(MatchOutcome.NeedMore);
        PlaceholderMatcher.Match(text, 0, jsonEscapes: true, final: true, out _).Should().Be(MatchOutcome.NoMatch);
    }

    [Theory]
    [InlineData("\\\\")]
    [InlineData("\\\\[\\\\[EMA")]
    public void Match_JsonEscapePrefix_NeedMoreOnlyInJsonText(string text)
    {
        PlaceholderMatcher.Match(text, 0, jsonEscapes: true, final: false, out _).Should().Be(MatchOutcome.NeedMore);
        PlaceholderMatcher.Match(text, 0, jsonEscapes: false, final: false, out _).Should().Be(MatchOutcome.NoMatch);
    }

    [Fact]
    public void Match_StartInsideText_MatchesFromThatPosition()
    {
        const string text = "ab [[PHONE_3]] cd";

        PlaceholderMatcher.Match(text, 3, jsonEscapes: false, final: true, out PlaceholderMatch match).Should().Be(MatchOutcome.Match);
        match.BodyStart.Should().Be(5);
        match.Body(text).ToString().Should().Be("PHONE_3");
    }
}
