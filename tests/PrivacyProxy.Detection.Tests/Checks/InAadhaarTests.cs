using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class InAadhaarTests
{
    [Theory]
    [InlineData("312345678909")]
    [InlineData("399876543211")]
    [InlineData("3123 4567 8909")]
    [InlineData("3998-7654-3211")]
    [InlineData("400123456787")]
    public void IsValid_ValidAadhaar_ReturnsTrue(string value) =>
        InAadhaar.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("123456789012")]   // starts with 1
    [InlineData("1234 5678 9012")]
    [InlineData("312345678908")]   // Verhoeff fails
    [InlineData("222222222222")]
    [InlineData("31234567890")]
    public void IsValid_InvalidAadhaar_ReturnsFalse(string value) =>
        InAadhaar.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedAadhaar_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Int[2, 9].SelectMany(f => CheckProperties.Chars(CheckProperties.Digits, 10).Select(s => f + s + "?")),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                InAadhaar.IsValid, CheckProperties.Complete(Verhoeff.IsValid, template, CheckProperties.Digits)));
}
