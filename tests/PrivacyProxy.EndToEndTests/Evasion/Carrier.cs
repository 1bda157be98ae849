using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>Which proxy (fixture) a case runs against: one per protocol family, so the families run in parallel.</summary>
internal enum ProtocolGroup
{
    OpenAI,
    Responses,
    Anthropic,
    Ollama,
}

/// <summary>
/// One protocol route and where user text goes in it: <see cref="Text"/> puts a text in the main user field;
/// <see cref="Parts"/> spreads pieces over content parts (or blocks) of one message and <see cref="Messages"/> over
/// consecutive messages of one role, where the protocol has them.
/// </summary>
internal sealed record Carrier(
    string Name,
    ProtocolGroup Group,
    ErrorDialect Dialect,
    Func<string, HttpRequestMessage> Text,
    Func<IReadOnlyList<string>, HttpRequestMessage>? Parts = null,
    Func<IReadOnlyList<string>, HttpRequestMessage>? Messages = null)
{
    public static readonly Carrier OpenAiChat = new(
        "openai-chat", ProtocolGroup.OpenAI, ErrorDialect.OpenAI,
        text => Chat([new { role = "user", content = text }]),
        pieces => Chat([new { role = "user", content = pieces.Select(p => new { type = "text", text = p }).ToArray() }]),
        pieces => Chat([.. pieces.Select(p => new { role = "user", content = p })]));

    public static readonly Carrier Fim = new(
        "fim", ProtocolGroup.OpenAI, ErrorDialect.OpenAI,
        text => Requests.Json("beta/completions", new { model = FakeReplies.DefaultModel, prompt = text, suffix = "\n# end\n", max_tokens = 64 }));

    public static readonly Carrier Embeddings = new(
        "embeddings", ProtocolGroup.OpenAI, ErrorDialect.OpenAI,
        text => Requests.Json("v1/embeddings", new { model = "text-embedding-3-small", input = text }));

    public static readonly Carrier Upload = new(
        "files", ProtocolGroup.OpenAI, ErrorDialect.OpenAI,
        text => Requests.Upload("files", "exported notes\n" + text + "\n"));

    public static readonly Carrier Responses = new(
        "responses", ProtocolGroup.Responses, ErrorDialect.OpenAI,
        text => ResponsesBody([new { role = "user", content = new object[] { new { type = "input_text", text } } }]),
        pieces => ResponsesBody([new { role = "user", content = pieces.Select(p => new { type = "input_text", text = p }).ToArray() }]),
        pieces => ResponsesBody([.. pieces.Select(p => new { role = "user", content = new object[] { new { type = "input_text", text = p } } })]));

    public static readonly Carrier Anthropic = new(
        "anthropic", ProtocolGroup.Anthropic, ErrorDialect.Anthropic,
        text => AnthropicBody("anthropic/v1/messages", [new { role = "user", content = text }]),
        pieces => AnthropicBody("anthropic/v1/messages", [new { role = "user", content = pieces.Select(p => new { type = "text", text = p }).ToArray() }]),
        pieces => AnthropicBody("anthropic/v1/messages", [.. pieces.Select(p => new { role = "user", content = p })]));

    public static readonly Carrier AnthropicCount = new(
        "anthropic-count", ProtocolGroup.Anthropic, ErrorDialect.Anthropic,
        text => AnthropicBody("anthropic/v1/messages/count_tokens", [new { role = "user", content = text }]),
        pieces => AnthropicBody("anthropic/v1/messages/count_tokens", [new { role = "user", content = pieces.Select(p => new { type = "text", text = p }).ToArray() }]));

    public static readonly Carrier AnthropicUpload = new(
        "anthropic-files", ProtocolGroup.Anthropic, ErrorDialect.Anthropic,
        text => Requests.Upload("anthropic/v1/files", "exported notes\n" + text + "\n", purpose: null));

    public static readonly Carrier OllamaChat = new(
        "ollama-chat", ProtocolGroup.Ollama, ErrorDialect.Ollama,
        text => OllamaChatBody([new { role = "user", content = text }]),
        Messages: pieces => OllamaChatBody([.. pieces.Select(p => new { role = "user", content = p })]));

    public static readonly Carrier OllamaGenerate = new(
        "ollama-generate", ProtocolGroup.Ollama, ErrorDialect.Ollama,
        text => Requests.Json("api/generate", new { model = OllamaReplies.Model, stream = false, prompt = text }));

    /// <summary>Every route that carries free user text.</summary>
    public static readonly IReadOnlyList<Carrier> All =
        [OpenAiChat, Fim, Embeddings, Upload, Responses, Anthropic, AnthropicCount, OllamaChat, OllamaGenerate];

    /// <summary>One route per protocol family (for cases whose point is not the protocol).</summary>
    public static readonly IReadOnlyList<Carrier> Families = [OpenAiChat, Responses, Anthropic, OllamaChat];

    /// <summary>The routes with several pieces of one message (parts, blocks or messages).</summary>
    public static IEnumerable<Carrier> WithPieces => All.Where(c => c.Parts is not null || c.Messages is not null);

    public static HttpRequestMessage Chat(object[] messages, object? extra = null) =>
        Requests.Json("v1/chat/completions", Merge(new Dictionary<string, object?> { ["model"] = FakeReplies.DefaultModel, ["messages"] = messages }, extra));

    public static HttpRequestMessage ResponsesBody(object[] input, object? extra = null) =>
        Requests.Json("v1/responses", Merge(new Dictionary<string, object?> { ["model"] = FakeReplies.DefaultModel, ["input"] = input }, extra));

    public static HttpRequestMessage AnthropicBody(string path, object[] messages, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["model"] = AnthropicReplies.Model, ["messages"] = messages };
        if (!path.EndsWith("count_tokens", StringComparison.Ordinal))
        {
            body["max_tokens"] = 256;
        }

        return Requests.Json(path, Merge(body, extra));
    }

    public static HttpRequestMessage OllamaChatBody(object[] messages, object? extra = null) =>
        Requests.Json("api/chat", Merge(new Dictionary<string, object?> { ["model"] = OllamaReplies.Model, ["stream"] = false, ["messages"] = messages }, extra));

    public override string ToString() => Name;

    /// <summary>Adds (or overrides) top-level fields given as an anonymous object or dictionary.</summary>
    private static Dictionary<string, object?> Merge(Dictionary<string, object?> body, object? extra)
    {
        if (extra is IReadOnlyDictionary<string, object?> fields)
        {
            foreach (var (name, value) in fields)
            {
                body[name] = value;
            }
        }
        else if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                body[property.Name] = property.GetValue(extra);
            }
        }

        return body;
    }
}
