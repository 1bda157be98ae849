using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// An Ollama NDJSON stream as the client saw it: content, thinking and response text joined across lines, the tool
/// call arguments (raw JSON), and how the stream ended.
/// </summary>
internal sealed record NdjsonReply(string Content, string Thinking, string Response, string? ToolArguments, int Lines, bool EndsWithDone)
{
    /// <summary>Parses a whole NDJSON body (every line must be a JSON object).</summary>
    public static NdjsonReply Parse(string body)
    {
        var content = new StringBuilder();
        var thinking = new StringBuilder();
        var response = new StringBuilder();
        string? arguments = null;
        int lines = 0;
        bool done = false;
        foreach (var line in body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            lines++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            done = root.GetProperty("done").GetBoolean();
            Append(response, root, "response");
            Append(thinking, root, "thinking");
            if (root.TryGetProperty("message", out var message))
            {
                Append(content, message, "content");
                Append(thinking, message, "thinking");
                if (message.TryGetProperty("tool_calls", out var calls))
                {
                    arguments = calls[0].GetProperty("function").GetProperty("arguments").GetRawText();
                }
            }
        }

        return new(content.ToString(), thinking.ToString(), response.ToString(), arguments, lines, done);
    }

    private static void Append(StringBuilder builder, JsonElement element, string name)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            builder.Append(value.GetString());
        }
    }
}
