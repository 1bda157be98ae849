using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class UsMbiTests
{
    [Theory]
    [InlineData("1EG4-TE5-MK73")] // the CMS example
    [InlineData("1EG4TE5MK73")]
    [InlineData("2AG9-XC4-NN22")]
    [InlineData("9XX9-XX9-XX99")]
    [InlineData("1eg4-te5-mk73")]
    public void IsValid_ValidMbis_ReturnsTrue(string value) =>
        UsMbi.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("1SG4-TE5-MK73")] // S excluded
    [InlineData("1EG4-LE5-MK73")] // L excluded
    [InlineData("1EG4-TE5-OK73")] // O excluded
    [InlineData("1EG4-TE5-MI73")] // I excluded
    [InlineData("1BG4-TE5-MK73")] // B excluded
    [InlineData("1EG4-ZE5-MK73")] // Z excluded
    [InlineData("AEG4-TE5-MK73")]
    [InlineData("0EG4-TE5-MK73")]
    [InlineData("12G4-TE5-MK73")]
    [InlineData("1EG4TE5MK7")]
    [InlineData("1EG4TE5MK734")]
    public void IsValid_InvalidMbis_ReturnsFalse(string value) =>
        UsMbi.IsValid(value).Should().BeFalse();
}
