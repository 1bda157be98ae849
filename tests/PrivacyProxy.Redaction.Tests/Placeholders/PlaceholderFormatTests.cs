using PrivacyProxy.Redaction.Placeholders;

namespace PrivacyProxy.Redaction.Tests.Placeholders;

public sealed class PlaceholderFormatTests
{
    [Theory]
    [InlineData("EMAIL", 1, "[[EMAIL_1]]")]
    [InlineData("API_KEY", 2, "[[API_KEY_2]]")]
    [InlineData("IN_AADHAAR", 123, "[[IN_AADHAAR_123]]")]
    public void Format_TypeAndNumber_DoubleBracketed(string type, int number, string expected) =>
        PlaceholderFormat.Format(type, number).Should().Be(expected);

    [Theory]
    [InlineData("[[EMAIL_1]]", "EMAIL", 1)]
    [InlineData("[[API_KEY_2]]", "API_KEY", 2)]
    [InlineData("[[ICD_10_7]]", "ICD_10", 7)]
    public void TryParse_CanonicalPlaceholder_TypeAndNumber(string text, string type, int number)
    {
        PlaceholderFormat.TryParse(text, out string parsedType, out int parsedNumber).Should().BeTrue();
        parsedType.Should().Be(type);
        parsedNumber.Should().Be(number);
    }

    [Theory]
    [InlineData("[[email_1]]")]
    [InlineData("[[EMAIL_0]]")]
    [InlineData("[[EMAIL_01]]")]
    [InlineData("[[EMAIL]]")]
    [InlineData("[[_1]]")]
    [InlineData("[[1A_1]]")]
    [InlineData("[EMAIL_1]")]
    [InlineData("[[ EMAIL_1 ]]")]
    [InlineData("[[EMAIL_1234567890]]")]
    [InlineData("")]
    public void TryParse_NonCanonical_False(string text) =>
        PlaceholderFormat.TryParse(text, out _, out _).Should().BeFalse();

    [Fact]
    public void MaxLength_LongestTypeAndNumber_EqualsFormattedLength()
    {
        string longest = PlaceholderFormat.Format(new string('T', PlaceholderFormat.MaxTypeLength), PlaceholderFormat.MaxNumber);

        longest.Length.Should().Be(PlaceholderFormat.MaxLength);
        RedactionSession.MaxPlaceholderLength.Should().Be(PlaceholderFormat.MaxLength);
        PlaceholderFormat.TryParse(longest, out _, out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("EMAIL", "EMAIL")]
    [InlineData("email", "EMAIL")]
    [InlineData("credit-card", "CREDIT_CARD")]
    [InlineData("10X", "X_10X")]
    [InlineData("", "X_")]
    public void NormalizeType_AnyType_FitsGrammar(string type, string expected) =>
        PlaceholderFormat.NormalizeType(type).Should().Be(expected);

    [Fact]
    public void NormalizeType_TooLong_CutToMaxTypeLength() =>
        PlaceholderFormat.NormalizeType(new string('A', 50)).Should().HaveLength(PlaceholderFormat.MaxTypeLength);

    [Fact]
    public void NormalizeType_AlreadyValid_SameInstance()
    {
        string type = "US_SSN";

        PlaceholderFormat.NormalizeType(type).Should().BeSameAs(type);
    }
}
