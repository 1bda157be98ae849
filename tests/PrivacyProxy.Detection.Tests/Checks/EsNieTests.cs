using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class EsNieTests
{
    [Theory]
    [InlineData("Z8078221M")]
    [InlineData("X9613851N")]
    [InlineData("Y8063915Z")]
    [InlineData("Y8063915-Z")]
    [InlineData("x9613851n")]
    [InlineData("X1234567L")]
    public void IsValid_ValidNies_ReturnsTrue(string value) =>
        EsNie.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("Y8063915Q")]
    [InlineData("Y806391Q")]
    [InlineData("58063915Q")]
    [InlineData("W8063915Q")]
    [InlineData("x9613851q")]
    public void IsValid_InvalidNies_ReturnsFalse(string value) =>
        EsNie.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedNies_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.OneOf(Gen.Const("X"), Gen.Const("Y"), Gen.Const("Z")), CheckProperties.Chars(CheckProperties.Digits, 7))
                .Select(t => t.Item1 + t.Item2 + "?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                EsNie.IsValid, CheckProperties.Complete(EsNie.IsValid, template, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
}
