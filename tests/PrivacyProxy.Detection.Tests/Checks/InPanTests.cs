using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class InPanTests
{
    [Theory]
    [InlineData("ABCPD1234Z")]
    [InlineData("ABBPM4567S")]
    [InlineData("aaacb1234c")]
    public void IsValid_ValidPans_ReturnsTrue(string value) =>
        InPan.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("ABCND1234Z")] // N is no holder type
    [InlineData("AAASA1111R")] // nor is S
    [InlineData("A1111DFSFS")]
    [InlineData("ABCD1234")]
    [InlineData("ABCPD0000Z")]
    [InlineData("ABCPD12345")]
    public void IsValid_InvalidPans_ReturnsFalse(string value) =>
        InPan.IsValid(value).Should().BeFalse();
}
