using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>The evasion catalogue through one proxy: OpenAI Responses (Codex).</summary>
public sealed class ResponsesEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.Responses);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}
