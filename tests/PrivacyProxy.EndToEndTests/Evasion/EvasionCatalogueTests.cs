using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// The evasion catalogue through real proxies, one per protocol family (OpenAI chat, FIM, embeddings and uploads;
/// Responses; Anthropic messages, count_tokens and uploads; Ollama). Each row sends one request and checks that
/// the planted value reached no upstream in any form, or that a look-alike arrived intact.
/// </summary>
public sealed class OpenAIEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.OpenAI);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}

public sealed class ResponsesEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.Responses);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}

public sealed class AnthropicEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.Anthropic);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}

public sealed class OllamaEvasionTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string> Cases => EvasionCatalogue.Ids(ProtocolGroup.Ollama);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Case(string id) => EvasionCheck.RunAsync(fixture, EvasionCatalogue.Get(id));
}
