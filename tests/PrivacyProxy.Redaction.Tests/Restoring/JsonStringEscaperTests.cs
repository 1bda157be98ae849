using PrivacyProxy.Redaction.Restoring;

namespace PrivacyProxy.Redaction.Tests.Restoring;

public sealed class JsonStringEscaperTests
{
    [Theory]
    [InlineData("Alice O\"Neil", "Alice O\\\"Neil")]
    [InlineData("C:\\Users\\x", "C:\\\\Users\\\\x")]
    [InlineData("a\nb\tc\rd", "a\\nb\\tc\\rd")]
    [InlineData("\b\f", "\\b\\f")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("\u001f", "\\u001f")]
    [InlineData("ünïcødé ✓", "ünïcødé ✓")]
    public void Escape_SpecialCharacters_JsonStringContent(string value, string expected) =>
        JsonStringEscaper.Escape(value).Should().Be(expected);

    [Fact]
    public void Escape_NothingToEscape_SameInstance()
    {
        string value = "alice@example.com";

        JsonStringEscaper.Escape(value).Should().BeSameAs(value);
    }

    [Theory]
    [InlineData("Alice O\"Neil")]
    [InlineData("back\\slash \"quoted\" \n\u0001 end")]
    public void Escape_ValueInsideJsonString_ParsesBackToValue(string value)
    {
        string json = "{\"v\":\"" + JsonStringEscaper.Escape(value) + "\"}";

        using var document = System.Text.Json.JsonDocument.Parse(json);
        (document.RootElement.GetProperty("v").GetString() == value).Should().BeTrue("the escaped value must parse back exactly");
    }
}
