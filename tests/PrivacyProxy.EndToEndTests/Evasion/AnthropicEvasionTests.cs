using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>The evasion catalogue through one proxy: Anthropic messages, count_tokens and uploads.</summary>
public sealed class AnthropicEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.Anthropic);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}
