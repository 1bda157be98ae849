using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class AuAcnTests
{
    [Theory]
    [InlineData("000 000 019")] // ASIC's examples
    [InlineData("005 499 981")]
    [InlineData("006249976")]
    [InlineData("000000180")]
    public void IsValid_ValidAcns_ReturnsTrue(string value) =>
        AuAcn.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("824 753 557")]
    [InlineData("00000001")]
    [InlineData("0000000190")]
    public void IsValid_InvalidAcns_ReturnsFalse(string value) =>
        AuAcn.IsValid(value).Should().BeFalse();

    // The weights 8..1 share factors with 10, so only the check digit and the digits weighted 1, 3 or 7 (positions
    // 2, 6 and 8, from 1) catch every change; that is the ASIC algorithm's property, not a gap in the check.
    [Fact]
    public void IsValid_GeneratedAcns_DetectsEveryChangeOfTheCheckDigitAndTheOddWeightedDigits() =>
        CheckProperties.Sample(
            CheckProperties.Chars(CheckProperties.Digits, 8).Select(p => p + "?"),
            template =>
            {
                var acn = CheckProperties.Complete(AuAcn.IsValid, template, CheckProperties.Digits);
                AuAcn.IsValid(acn).Should().BeTrue();
                int[] detected = [1, 5, 7, 8];
                var undetected = CheckProperties.SingleDigitChanges(acn)
                    .Where(changed => detected.Any(i => changed[i] != acn[i]))
                    .Count(changed => AuAcn.IsValid(changed));
                undetected.Should().Be(0);
            });
}
