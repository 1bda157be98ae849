using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class FiHetuTests
{
    [Theory]
    [InlineData("131052-308T")] // DVV's example
    [InlineData("010594Y9032")]
    [InlineData("020594X903P")]
    [InlineData("030594W903B")]
    [InlineData("040594V902Y")]
    [InlineData("050594U903M")]
    [InlineData("010516B903X")]
    [InlineData("020516C903K")]
    [InlineData("030516D9037")]
    [InlineData("010501E9032")]
    [InlineData("020503F9037")]
    [InlineData("020504A902E")]
    [InlineData("111111-111C")]
    public void IsValid_ValidCodes_ReturnsTrue(string value) =>
        FiHetu.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("111111-111A")]
    [InlineData("311190-1111")]
    [InlineData("310289-211C")] // 31 February
    [InlineData("012245A110G")] // month 22
    [InlineData("131052/308T")]
    [InlineData("131052.308T")]
    [InlineData("131052-001M")] // individual numbers start at 002
    [InlineData("131052-308")]
    public void IsValid_InvalidCodes_ReturnsFalse(string value) =>
        FiHetu.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedCodes_DetectsEverySingleDigitChange() =>
        CheckProperties.Sample(
            Gen.Select(Gen.DateTime[new DateTime(1900, 1, 1), new DateTime(2029, 12, 31)], Gen.Int[2, 899])
                .Select(t => $"{t.Item1:ddMMyy}{(t.Item1.Year < 2000 ? '-' : 'A')}{t.Item2:D3}?"),
            template => CheckProperties.AcceptsAndDetectsEveryDigitChange(
                FiHetu.IsValid, CheckProperties.Complete(FiHetu.IsValid, template, "0123456789ABCDEFHJKLMNPRSTUVWXY")));
}
