namespace PrivacyProxy.Policy.Tests.Actions;

public sealed class PolicyActionNamesTests
{
    [Theory]
    [MemberData(nameof(ActionTexts.All), MemberType = typeof(ActionTexts))]
    public void ParseAndToText_EveryAction_RoundTrip(string text, PolicyAction action)
    {
        PolicyActionNames.Parse(text).Should().Be(action);
        PolicyActionNames.Parse($" {text.ToUpperInvariant()} ").Should().Be(action);
        PolicyActionNames.ToText(action).Should().Be(text);
    }

    [Theory]
    [InlineData("blocked")]
    [InlineData("route local")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_UnknownText_IsNull(string? text) => PolicyActionNames.Parse(text).Should().BeNull();

    [Fact]
    public void Enum_DeclarationOrder_IsStrictness()
    {
        var ordered = Enum.GetValues<PolicyAction>().Select(PolicyActionNames.ToText);

        ordered.Should().Equal("allow", "audit-only", "redact", "mask", "route-local", "block");
    }
}
