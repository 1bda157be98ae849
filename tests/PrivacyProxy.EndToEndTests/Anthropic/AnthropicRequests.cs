using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Anthropic;

/// <summary>Anthropic Messages request bodies with planted values in every field a client can fill.</summary>
internal static class AnthropicRequests
{
    /// <summary>The text of the last user message of <see cref="EveryField"/> (what the fake upstream echoes).</summary>
    public static string LastUserText => "again " + Planted.Sentence;

    /// <summary>
    /// System blocks, metadata.user_id, stop sequences, tools (description and schema), tool_choice, a user string
    /// message, an assistant turn with signed thinking, text and tool_use input, a user turn with tool results
    /// (string and blocks), a text document and text.
    /// </summary>
    public static object EveryField(string model = AnthropicReplies.Model, bool stream = false) => new Dictionary<string, object>
    {
        ["model"] = model,
        ["max_tokens"] = 1024,
        ["stream"] = stream,
        ["system"] = new object[] { new { type = "text", text = "Operator " + Planted.Email + " key " + Planted.AwsKey, cache_control = new { type = "ephemeral" } } },
        ["metadata"] = new { user_id = Planted.Email },
        ["stop_sequences"] = new[] { "stop at " + Planted.Card },
        ["thinking"] = new { type = "enabled", budget_tokens = 2048 },
        ["tools"] = new object[]
        {
            new
            {
                name = "lookup",
                description = "Looks up customers like " + Planted.Email,
                input_schema = new { type = "object", properties = new { q = new { type = "string", description = "e.g. " + Planted.Ssn } } },
            },
        },
        ["tool_choice"] = new { type = "tool", name = "lookup" },
        ["messages"] = new object[]
        {
            new { role = "user", content = "first " + Planted.Sentence },
            new
            {
                role = "assistant",
                content = new object[]
                {
                    new { type = "thinking", thinking = "thinking about " + Planted.Sentence, signature = AnthropicReplies.Signature },
                    new { type = "text", text = "answer for " + Planted.Card },
                    new { type = "tool_use", id = "toolu_prev", name = "lookup", input = new { q = Planted.Sentence } },
                },
            },
            new
            {
                role = "user",
                content = new object[]
                {
                    new { type = "tool_result", tool_use_id = "toolu_prev", content = "row SSN " + Planted.Ssn + " from " + Planted.Ip },
                    new { type = "tool_result", tool_use_id = "toolu_prev2", content = new object[] { new { type = "text", text = "more " + Planted.Email } } },
                    new { type = "document", source = new { type = "text", media_type = "text/plain", data = "doc " + Planted.Sentence }, title = "for " + Planted.Email },
                    new { type = "text", text = LastUserText },
                },
            },
        },
    };

    /// <summary>A one-message request.</summary>
    public static object Simple(string text, string model = AnthropicReplies.Model, bool stream = false) => new
    {
        model,
        max_tokens = 256,
        stream,
        messages = new[] { new { role = "user", content = text } },
    };
}
