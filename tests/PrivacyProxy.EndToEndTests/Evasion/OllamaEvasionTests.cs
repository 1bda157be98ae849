using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>The evasion catalogue through one proxy: Ollama chat, generate and tags.</summary>
public sealed class OllamaEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.Ollama);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}
