namespace PrivacyProxy.Policy.Tests.Actions;

public sealed class MediaHandlingNamesTests
{
    [Theory]
    [InlineData("refuse", MediaHandling.Refuse)]
    [InlineData("strip", MediaHandling.Strip)]
    [InlineData("forward", MediaHandling.Forward)]
    public void ParseAndToText_EveryHandling_RoundTrip(string text, MediaHandling media)
    {
        MediaHandlingNames.Parse(text).Should().Be(media);
        MediaHandlingNames.Parse(text.ToUpperInvariant()).Should().Be(media);
        MediaHandlingNames.ToText(media).Should().Be(text);
    }

    [Fact]
    public void Parse_UnknownText_IsNull() => MediaHandlingNames.Parse("drop").Should().BeNull();
}
