using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>The evasion catalogue through one proxy: OpenAI chat, FIM, embeddings and uploads (see <see cref="EvasionCheck"/>).</summary>
public sealed class OpenAIEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.OpenAI);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}
