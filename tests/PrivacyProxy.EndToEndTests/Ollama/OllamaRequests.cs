using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Ollama;

/// <summary>Ollama native request bodies with planted values in every field a client can fill.</summary>
internal static class OllamaRequests
{
    /// <summary>The last user message of <see cref="Chat"/> (what the fake upstream echoes).</summary>
    public static string LastUserText => "again " + Planted.Sentence;

    /// <summary>The prompt of <see cref="Generate"/> (what the fake upstream echoes).</summary>
    public static string Prompt => "def f():\n    key = '" + Planted.AwsKey + "'\n    # " + Planted.Sentence + "\n";

    /// <summary>
    /// System, user, assistant (content, thinking, a tool call with object arguments) and tool messages, tools,
    /// a JSON-schema format and stop options.
    /// </summary>
    public static object Chat(bool stream, string model = OllamaReplies.Model) => new Dictionary<string, object>
    {
        ["model"] = model,
        ["stream"] = stream,
        ["think"] = true,
        ["keep_alive"] = "5m",
        ["messages"] = new object[]
        {
            new { role = "system", content = "Operator " + Planted.Email + " key " + Planted.AwsKey },
            new { role = "user", content = "first " + Planted.Sentence },
            new
            {
                role = "assistant",
                content = "answer " + Planted.Card,
                thinking = "thought " + Planted.Sentence,
                tool_calls = new object[] { new { function = new { name = "lookup", arguments = new { q = Planted.Sentence } } } },
            },
            new { role = "tool", tool_name = "lookup", content = "row SSN " + Planted.Ssn + " from " + Planted.Ip },
            new { role = "user", content = LastUserText },
        },
        ["tools"] = new object[]
        {
            new
            {
                type = "function",
                function = new
                {
                    name = "lookup",
                    description = "Finds customers like " + Planted.Email,
                    parameters = new { type = "object", properties = new { q = new { type = "string", description = "e.g. " + Planted.Ssn } } },
                },
            },
        },
        ["format"] = new { type = "object", properties = new { note = new { type = "string", description = "for " + Planted.Card } } },
        ["options"] = new { temperature = 0.2, num_ctx = 8192, stop = new[] { "stop at " + Planted.Email } },
    };

    /// <summary>Prompt and suffix (FIM), system, template and stop options (token-id <c>context</c> is refused, issue 7).</summary>
    public static object Generate(bool stream, string model = OllamaReplies.Model) => new Dictionary<string, object>
    {
        ["model"] = model,
        ["stream"] = stream,
        ["prompt"] = Prompt,
        ["suffix"] = "# owner " + Planted.Email,
        ["system"] = "Operator card " + Planted.Card,
        ["template"] = "{{ .System }} on " + Planted.Ip + " {{ .Prompt }}",
        ["raw"] = false,
        ["options"] = new { stop = new[] { Planted.Ssn } },
    };
}
