using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class UsSsnTests
{
    [Theory]
    [InlineData("078-05-1123")]
    [InlineData("078.05.1123")]
    [InlineData("078 05 1123")]
    [InlineData("536901234")]
    [InlineData("899-99-9998")]
    public void IsValid_AssignableNumbers_ReturnsTrue(string value) =>
        UsSsn.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("000-12-3456")]
    [InlineData("666-12-3456")]
    [InlineData("900-12-3456")]
    [InlineData("123-00-4567")]
    [InlineData("078-05-0000")]
    [InlineData("078-05-1120")] // the Woolworth wallet card
    [InlineData("219-09-9999")]
    [InlineData("123-45-6789")]
    [InlineData("111-11-1111")]
    [InlineData("0780511201")]
    [InlineData("07805112")]
    public void IsValid_UnassignableNumbers_ReturnsFalse(string value) =>
        UsSsn.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_AnyNineDigits_AgreesWithTheSsaRules() =>
        CheckProperties.Sample(
            CheckProperties.Chars(CheckProperties.Digits, 9),
            s =>
            {
                var area = int.Parse(s[..3]);
                var expected = area is not (0 or 666) && area < 900 && s[3..5] != "00" && s[5..] != "0000"
                    && s is not ("078051120" or "219099999" or "123456789") && s.Distinct().Count() > 1;
                UsSsn.IsValid(s).Should().Be(expected);
            },
            iter: 2000);
}
