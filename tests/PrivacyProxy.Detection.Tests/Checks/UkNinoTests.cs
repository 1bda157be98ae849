using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class UkNinoTests
{
    [Theory]
    [InlineData("AA 12 34 56 B")]
    [InlineData("hh 01 02 03 d")]
    [InlineData("tw987654a")]
    [InlineData("PR 123612C")]
    [InlineData("YZ 61 48 68 B")]
    [InlineData("AB-12-34-56-C")]
    public void IsValid_ValidNinos_ReturnsTrue(string value) =>
        UkNino.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("AA 12 34 56 H")] // suffix beyond D
    [InlineData("AB 12 34 56 1")]
    [InlineData("FQ 00 00 00 C")] // F and Q never used
    [InlineData("BG123612A")]     // administrative prefix
    [InlineData("nt 99 88 77 a")]
    [InlineData("UV 98 76 54 B")]
    [InlineData("AO 12 34 56 A")] // O never second
    [InlineData("A1 12 34 56 A")]
    [InlineData("AA 12 34 5 A")]
    public void IsValid_InvalidNinos_ReturnsFalse(string value) =>
        UkNino.IsValid(value).Should().BeFalse();
}
