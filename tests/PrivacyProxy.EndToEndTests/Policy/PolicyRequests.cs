using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>Minimal request bodies per route carrying one user text, and the error dialect each route answers in.</summary>
internal static class PolicyRequests
{
    public const string Chat = "v1/chat/completions";
    public const string Anthropic = "anthropic/v1/messages";
    public const string CountTokens = "anthropic/v1/messages/count_tokens";

    /// <summary>Routes with a body, each with its dialect, for theories over every dialect.</summary>
    public static TheoryData<string, ErrorDialect> Routes => new()
    {
        { Chat, ErrorDialect.OpenAI },
        { Anthropic, ErrorDialect.Anthropic },
        { CountTokens, ErrorDialect.Anthropic },
        { "api/chat", ErrorDialect.Ollama },
        { "v1/responses", ErrorDialect.OpenAI },
        { "v1/completions", ErrorDialect.OpenAI },
        { "v1/embeddings", ErrorDialect.OpenAI },
    };

    /// <summary>The body <paramref name="path"/> takes, carrying <paramref name="text"/> where its clients put the user's text.</summary>
    public static string For(string path, string text, bool stream = false) => path switch
    {
        Chat or "chat/completions" or "beta/chat/completions" => ChatBody(text, stream),
        Anthropic => AnthropicBody(text, stream),
        CountTokens => Json(new { model = AnthropicReplies.Model, messages = new[] { new { role = "user", content = text } } }),
        "api/chat" => Json(new { model = OllamaReplies.Model, stream = false, messages = new[] { new { role = "user", content = text } } }),
        "v1/responses" => Json(new { model = FakeReplies.DefaultModel, input = text, stream }),
        "v1/completions" or "beta/completions" => Json(new { model = FakeReplies.DefaultModel, prompt = text, stream }),
        "v1/embeddings" => Json(new { model = "text-embedding-3-small", input = text }),
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "no body for this route"),
    };

    public static string ChatBody(string text, bool stream = false, string model = FakeReplies.DefaultModel) =>
        Json(new { model, stream, messages = new[] { new { role = "user", content = text } } });

    public static string AnthropicBody(string text, bool stream = false) =>
        Json(new { model = AnthropicReplies.Model, max_tokens = 256, stream, messages = new[] { new { role = "user", content = text } } });

    private static string Json(object body) => JsonSerializer.Serialize(body);
}
