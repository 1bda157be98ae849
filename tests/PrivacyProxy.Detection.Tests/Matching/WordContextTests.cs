using PrivacyProxy.Detection.Matching;
using PrivacyProxy.Detection.Rules;

namespace PrivacyProxy.Detection.Tests.Matching;

public sealed class WordContextTests
{
    private static readonly WordContext Card = new(new WordContextDefinition(["card", "ss#"], 20, 10, true));

    [Theory]
    [InlineData("card: 4111", true)]
    [InlineData("CARD 4111", true)]
    [InlineData("cardNumber=4111", true)]
    [InlineData("credit_card=4111", true)]
    [InlineData("creditCard 4111", true)]
    [InlineData("cards 4111", true)]
    [InlineData("ss# 4111", true)]
    [InlineData("discard 4111", false)]
    [InlineData("cardigan 4111", false)]
    [InlineData("nothing here at all  4111", false)]
    [InlineData("4111 (card)", true)]
    [InlineData("4111 is on the card", false)]
    public void OccursAround_WholeWordsBeforeOrAfter(string text, bool expected)
    {
        var value = text.IndexOf("4111", StringComparison.Ordinal);

        Card.OccursAround(text, value, value + 4).Should().Be(expected);
    }

    [Fact]
    public void OccursAround_WordFurtherThanTheDistance_IsNotNear()
    {
        const string text = "card and then a long stretch of text 4111";
        var value = text.IndexOf("4111", StringComparison.Ordinal);

        Card.OccursAround(text, value, value + 4).Should().BeFalse();
    }
}
