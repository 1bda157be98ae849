using System.Text.Json;
using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests;

public sealed class RedactionSessionRestoreTests
{
    private static readonly string Person = PlantedValues.Person;
    private static readonly string Email = PlantedValues.Email;
    private static readonly string OtherEmail = PlantedValues.All[2].Value;

    [Fact]
    public void Restore_IssuedPlaceholders_OriginalValues()
    {
        RedactionSession session = Sessions.Issued();

        string restored = session.Restore("Hi [[PERSON_1]], write [[EMAIL_2]] and [[EMAIL_1]].", TextContext.Plain);

        restored.ShouldEqualMasked($"Hi {Person}, write {OtherEmail} and {Email}.");
        session.RestoredCount.Should().Be(3);
        session.UnrestoredCount.Should().Be(0);
    }

    [Theory]
    [InlineData("[[email_1]]")]
    [InlineData("[[Email_1]]")]
    [InlineData("[[ EMAIL_1 ]]")]
    [InlineData("[[  EMAIL_1]]")]
    [InlineData("\\[\\[EMAIL_1\\]\\]")]
    [InlineData("\\[\\[ email_1 \\]\\]")]
    [InlineData("[EMAIL_1]")]
    [InlineData("[email_1]")]
    public void Restore_TolerantVariant_Value(string variant)
    {
        RedactionSession session = Sessions.Issued();

        session.Restore($"to: {variant}!", TextContext.Plain).ShouldEqualMasked($"to: {Email}!");
        session.RestoredCount.Should().Be(1);
    }

    [Fact]
    public void Restore_JsonEscapedMarkdownBrackets_ValueInJsonStringOnly()
    {
        RedactionSession session = Sessions.Issued();
        const string text = "{\"to\":\"\\\\[\\\\[EMAIL_1\\\\]\\\\]\"}";

        session.Restore(text, TextContext.JsonString).ShouldEqualMasked($"{{\"to\":\"{Email}\"}}");
        session.Restore(text, TextContext.Plain).Should().Be(text);
    }

    [Fact]
    public void Restore_SingleBracketTheClientWrote_LeftAsWritten()
    {
        RedactionSession session = Sessions.Issued();

        session.Restore("[EMAIL_2] vs [[EMAIL_2]]", TextContext.Plain).ShouldEqualMasked($"[EMAIL_2] vs {OtherEmail}");
    }

    [Theory]
    [InlineData("[[EMAIL_9]]")]
    [InlineData("[[EMAIL_01]]")]
    [InlineData("[[email_3]]")]
    [InlineData("\\[\\[PERSON_2\\]\\]")]
    public void Restore_IssuedTypeUnknownNumber_UnchangedAndCounted(string text)
    {
        RedactionSession session = Sessions.Issued();

        session.Restore(text, TextContext.Plain).Should().Be(text);
        session.UnrestoredCount.Should().Be(1);
        session.RestoredCount.Should().Be(0);
    }

    [Theory]
    [InlineData("[[FOO_1]]")]
    [InlineData("[FOO_3]")]
    [InlineData("[EMAIL_9]")]
    [InlineData("[[[EMAIL_")]
    [InlineData("a]] [[ b")]
    public void Restore_NeverIssued_UnchangedNotCounted(string text)
    {
        RedactionSession session = Sessions.Issued();

        session.Restore(text, TextContext.Plain).Should().Be(text);
        session.UnrestoredCount.Should().Be(0);
    }

    [Fact]
    public void Restore_TextWithoutBracket_SameInstance()
    {
        RedactionSession session = Sessions.Issued();
        string text = "no placeholders \\n here";

        session.Restore(text, TextContext.Plain).Should().BeSameAs(text);
        session.Restore(text, TextContext.JsonString).Should().BeSameAs(text);
    }

    [Fact]
    public void Restore_BracketsButNothingReplaced_SameInstance()
    {
        RedactionSession session = Sessions.Issued();
        string text = "array[0] and [link](x)";

        session.Restore(text, TextContext.Plain).Should().BeSameAs(text);
    }

    [Fact]
    public void Restore_NothingIssued_PlaceholderShapesUnchanged()
    {
        var session = new RedactionSession(new PlantedValueDetector());
        string text = "[[EMAIL_1]]";

        session.Restore(text, TextContext.Plain).Should().BeSameAs(text);
    }

    [Fact]
    public void Restore_ValueWithQuoteInJsonString_EscapedAndDocumentStaysValid()
    {
        RedactionSession session = Sessions.Issued();

        string restored = session.Restore("{\"name\":\"[[PERSON_1]]\",\"to\":\"[[EMAIL_1]]\"}", TextContext.JsonString);

        restored.ShouldEqualMasked("{\"name\":\"Alice O\\\"Neil\",\"to\":\"" + Email + "\"}");
        using var document = JsonDocument.Parse(restored);
        (document.RootElement.GetProperty("name").GetString() == Person).Should().BeTrue("the value must parse back exactly");
    }

    [Fact]
    public void Restore_ValueWithBackslashInJsonString_BackslashEscaped()
    {
        RedactionSession session = Sessions.Issued();

        session.Restore("k=[[API_KEY_1]]", TextContext.JsonString).ShouldEqualMasked("k=sk-test-Q2x\\\\9zK");
        session.Restore("k=[[API_KEY_1]]", TextContext.Plain).ShouldEqualMasked("k=sk-test-Q2x\\9zK");
    }

    [Fact]
    public void Restore_ClientLiteralPlaceholder_ClientTextBackNotRestoredAgain()
    {
        RedactionSession session = Sessions.Issued();

        session.Restore("[[TEXT_1]]", TextContext.Plain).Should().Be("[[FOO_3]]");
    }

    [Fact]
    public void Restore_ExtraBracketsAround_InnerPlaceholderRestored()
    {
        RedactionSession session = Sessions.Issued();

        session.Restore("[[[EMAIL_1]]] [[[[EMAIL_2]]]]", TextContext.Plain).ShouldEqualMasked($"[{Email}] [[{OtherEmail}]]");
    }

    [Fact]
    public void Restore_HalfEscapedBrackets_OnlyTheExactPartRestored()
    {
        RedactionSession session = Sessions.Issued();

        session.Restore("\\[[EMAIL_1]]", TextContext.Plain).ShouldEqualMasked($"\\{Email}");
    }
}
