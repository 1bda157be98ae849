using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class AuMedicareTests
{
    [Theory]
    [InlineData("2123 45670 1")]
    [InlineData("2123456701")]
    [InlineData("21234567013")] // with the individual reference number
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        AuMedicare.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("2123 25870 1")]
    [InlineData("212345670221")]
    [InlineData("1123456701")] // first digit 1
    [InlineData("2123456700")] // issue number 0
    [InlineData("212345670")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        AuMedicare.IsValid(value).Should().BeFalse();

    // The issue number (10th digit) carries no check, so the property covers the first nine.
    [Fact]
    public void IsValid_GeneratedNumbers_DetectsEveryChangeInTheFirstNineDigits() =>
        CheckProperties.Sample(
            Gen.Select(Gen.Int[2, 6], CheckProperties.Chars(CheckProperties.Digits, 7), Gen.Int[1, 9])
                .Select(t => $"{t.Item1}{t.Item2}?{t.Item3}"),
            template =>
            {
                var number = CheckProperties.Complete(AuMedicare.IsValid, template, CheckProperties.Digits);
                AuMedicare.IsValid(number).Should().BeTrue();
                CheckProperties.SingleDigitChanges(number[..9])
                    .Count(changed => AuMedicare.IsValid(changed + number[9..]))
                    .Should().Be(0);
            });
}
