using System.Text.Json.Nodes;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>
/// An independent whole-text NDJSON reader, as an Ollama client consumes a stream: every non-blank line must be one
/// JSON value; text fields are concatenated per field, tool calls and error lines collected in order.
/// </summary>
internal static class OllamaClientReference
{
    public sealed record Result(List<JsonNode> Lines, Dictionary<string, string> Text, List<JsonNode> ToolCalls, List<string> Errors);

    public static Result Read(string stream, bool chat)
    {
        var result = new Result([], [], [], []);
        foreach (var raw in stream.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var node = JsonNode.Parse(line)!;
            result.Lines.Add(node);
            if (node["error"] is JsonNode error)
            {
                result.Errors.Add(error.ToJsonString());
                continue;
            }

            var container = chat ? node["message"] : node;
            foreach (var field in chat ? new[] { "content", "thinking" } : ["response", "thinking"])
            {
                if (container?[field] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    result.Text[field] = result.Text.GetValueOrDefault(field, string.Empty) + text;
                }
            }

            if (container?["tool_calls"] is JsonArray calls)
            {
                result.ToolCalls.AddRange(calls.Select(c => c!.DeepClone()));
            }
        }

        return result;
    }

    public static string Field(this Result result, string field) => result.Text.GetValueOrDefault(field, string.Empty);
}
