using System.Globalization;
using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class DateTests
{
    [Theory]
    [InlineData("1985-03-12")]
    [InlineData("12/03/1985")]
    [InlineData("03/25/1985")] // only the M/D/Y reading exists
    [InlineData("25.03.1985")]
    [InlineData("29.02.2000")]
    [InlineData("12 March 1985")]
    [InlineData("March 12, 1985")]
    [InlineData("Mar 12th, 1985")]
    [InlineData("3. März 1985")]
    [InlineData("12-Sep-1985")]
    [InlineData("19850312")]
    [InlineData("12/03/85")]
    [InlineData("29/02/00")]
    public void IsValid_RealDates_ReturnsTrue(string value) =>
        Date.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("1985-02-30")]
    [InlineData("31/04/1985")]
    [InlineData("29.02.1900")]
    [InlineData("13/13/1985")]
    [InlineData("1899-12-31")]  // implausible birth year
    [InlineData("3000-01-01")]
    [InlineData("32 March 1985")]
    [InlineData("12 Smarch 1985")]
    [InlineData("1985-03")]
    [InlineData("1.2.3.4")]
    [InlineData("20251340")]
    [InlineData("")]
    public void IsValid_ImpossibleOrImplausibleDates_ReturnsFalse(string value) =>
        Date.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_EveryDaySince1900InCommonFormats_ReturnsTrue() =>
        Gen.Int[0, (DateTime.UtcNow.Date - new DateTime(1900, 1, 1)).Days].Sample(
            offset =>
            {
                var date = new DateTime(1900, 1, 1).AddDays(offset);
                foreach (var format in new[] { "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "d.M.yyyy", "d MMMM yyyy", "MMM d, yyyy", "yyyyMMdd" })
                {
                    Date.IsValid(date.ToString(format, CultureInfo.InvariantCulture)).Should().BeTrue(format);
                }
            },
            iter: 500);

    [Fact]
    public void IsValid_DayBeyondTheMonth_ReturnsFalse() =>
        Gen.Select(Gen.Int[1900, 2020], Gen.Int[1, 12]).Sample(
            t =>
            {
                var (year, month) = t;
                var day = DateTime.DaysInMonth(year, month) + 1;
                Date.IsValid($"{year:D4}-{month:D2}-{day:D2}").Should().BeFalse();
            },
            iter: 300);
}
