using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class Icd10Tests
{
    [Theory]
    [InlineData("E11.9")]
    [InlineData("E11.65")]
    [InlineData("I10")]
    [InlineData("F32.A")] // ICD-10-CM 2022: depression, unspecified
    [InlineData("S72.001A")]
    [InlineData("T36.0X1A")]
    [InlineData("C4A.0")]
    [InlineData("Z3A.38")]
    [InlineData("U07.1")]
    [InlineData("j45909")]
    public void IsValid_CodeShapes_ReturnsTrue(string value) =>
        Icd10.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("E1")]
    [InlineData("11.9")]
    [InlineData("EE1.9")]
    [InlineData("E11.")]
    [InlineData("E11.12345")]
    [InlineData("U99.9")]
    [InlineData("E1C.1")]
    [InlineData("E11-9")]
    public void IsValid_NotCodes_ReturnsFalse(string value) =>
        Icd10.IsValid(value).Should().BeFalse();
}
