using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class UkDrivingLicenceTests
{
    [Theory]
    [InlineData("MORGA607054SM9IJ")]
    [InlineData("MORGA657054SM9IJ")] // month + 50: a woman's licence
    [InlineData("SMIT9801015JK2CD")]
    [InlineData("FO999512018AA1AB")]
    [InlineData("SMITH862310AB1CD")]
    [InlineData("morga607054sm9ij")]
    public void IsValid_ValidNumbers_ReturnsTrue(string value) =>
        UkDrivingLicence.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("MORGA600054SM9IJ")] // month 00
    [InlineData("MORGA613054SM9IJ")] // month 13
    [InlineData("MORGA663054SM9IJ")] // month 63
    [InlineData("MORGA601004SM9IJ")] // day 00
    [InlineData("MORGA602314SM9IJ")] // 31 February
    [InlineData("MO9G9657054SM9IJ")] // a letter after the 9 padding
    [InlineData("99999657054SM9IJ")]
    [InlineData("MORGA65705SM9IJ")]
    public void IsValid_InvalidNumbers_ReturnsFalse(string value) =>
        UkDrivingLicence.IsValid(value).Should().BeFalse();

    // DVLA does not publish how the check letters are made, so the property is the encoded birth date: every real
    // month and day passes (either sex), and a day past the month's end fails.
    [Fact]
    public void IsValid_GeneratedBirthDates_PassAndDaysPastTheMonthFail() =>
        CheckProperties.Sample(
            Gen.Select(Gen.DateTime[new DateTime(1920, 1, 1), new DateTime(2009, 12, 31)], Gen.Bool)
                .Select(t => $"{t.Item1.Year / 10 % 10}{t.Item1.Month + (t.Item2 ? 50 : 0):D2}{t.Item1.Day:D2}{t.Item1.Year % 10}|{DateTime.DaysInMonth(2000, t.Item1.Month) + 1}"),
            encoded =>
            {
                var date = encoded[..6];
                UkDrivingLicence.IsValid($"JONES{date}J99EF").Should().BeTrue();
                var pastEnd = $"{date[..3]}{encoded[7..]}{date[5]}";
                UkDrivingLicence.IsValid($"JONES{pastEnd}J99EF").Should().BeFalse();
            });
}
