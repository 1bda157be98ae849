using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class NotPlaceholderTests
{
    [Theory]
    [InlineData("wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9q3v8Lr2")]
    [InlineData("hunter2")]
    [InlineData("4539 1488 0343 6467")]
    [InlineData("a>b<c")]
    public void IsValid_RealLookingValues_ReturnsTrue(string value) =>
        NotPlaceholder.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("sk-xxxxxxxxxxxxxxxxxxxx")]
    [InlineData("****************")]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("{{ api_key }}")]
    [InlineData("$(cat secret.txt)")]
    [InlineData("%(password)s")]
    [InlineData("<your key>")]
    [InlineData("your_key_here")]
    [InlineData("YOUR-API-KEY")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("changeme")]
    [InlineData("[[API_KEY_1]]")]
    [InlineData("0000000000")]
    [InlineData("sk-123456789abc")]
    [InlineData("<redacted>")]
    [InlineData("")]
    public void IsValid_Placeholders_ReturnsFalse(string value) =>
        NotPlaceholder.IsValid(value).Should().BeFalse();
}
