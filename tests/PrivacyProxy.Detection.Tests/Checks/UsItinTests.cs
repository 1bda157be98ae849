using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class UsItinTests
{
    [Theory]
    [InlineData("911-70-1234")]
    [InlineData("911-53-1234")]
    [InlineData("911-64-1234")]
    [InlineData("900-90-0001")]
    [InlineData("999-99-9999")]
    [InlineData("911701234")]
    public void IsValid_ItinGroups_ReturnsTrue(string value) =>
        UsItin.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("911-89-1234")]
    [InlineData("911-93-1234")]
    [InlineData("911-49-1234")]
    [InlineData("911-66-1234")]
    [InlineData("811-70-1234")]
    [InlineData("911-70-0000")]
    [InlineData("911-70-123")]
    public void IsValid_OutsideTheIrsRanges_ReturnsFalse(string value) =>
        UsItin.IsValid(value).Should().BeFalse();
}
