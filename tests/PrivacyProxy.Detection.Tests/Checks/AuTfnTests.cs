using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class AuTfnTests
{
    [Theory]
    [InlineData("876 543 210")]
    [InlineData("876543210")]
    [InlineData("123 456 782")]
    public void IsValid_ValidTfns_ReturnsTrue(string value) =>
        AuTfn.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("824 753 557")]
    [InlineData("000 000 000")] // all-same filler
    [InlineData("87654321")]
    [InlineData("8765432100")]
    public void IsValid_InvalidTfns_ReturnsFalse(string value) =>
        AuTfn.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedTfns_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            CheckProperties.Chars(CheckProperties.Digits, 9).Where(v => AuTfn.IsValid(v)),
            tfn => CheckProperties.AcceptsAndDetectsEveryDigitChange(AuTfn.IsValid, tfn));
}
