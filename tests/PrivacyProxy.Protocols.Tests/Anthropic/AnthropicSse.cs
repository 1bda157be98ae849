using System.Text.Json.Nodes;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>
/// An independent, whole-text reader of Anthropic SSE output (WHATWG framing): events with their names, and the
/// text a client accumulates per block and field, as the Anthropic SDK does (start block, then deltas).
/// </summary>
internal static class AnthropicSse
{
    public sealed record Event(string? Name, string Data)
    {
        public string Type => JsonNode.Parse(Data)!["type"]!.GetValue<string>();
    }

    public static List<Event> Parse(string stream)
    {
        var events = new List<Event>();
        var data = new List<string>();
        string? name = null;
        foreach (var line in stream.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    events.Add(new Event(name, string.Join('\n', data)));
                }

                data.Clear();
                name = null;
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line[6..].TrimStart(' ');
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                var value = line[5..];
                data.Add(value.StartsWith(' ') ? value[1..] : value);
            }
        }

        return events;
    }

    /// <summary>Concatenated text per "index/field" (fields: text, thinking, partial_json, signature).</summary>
    public static SortedDictionary<string, string> Accumulate(IEnumerable<Event> events)
    {
        var text = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var root = JsonNode.Parse(e.Data)!.AsObject();
            string type = root["type"]!.GetValue<string>();
            if (type == "content_block_start")
            {
                var block = root["content_block"]!;
                Add(text, $"{root["index"]}/text", block["text"]);
                Add(text, $"{root["index"]}/thinking", block["thinking"]);
            }
            else if (type == "content_block_delta")
            {
                var delta = root["delta"]!;
                foreach (var field in new[] { "text", "thinking", "partial_json", "signature" })
                {
                    Add(text, $"{root["index"]}/{field}", delta[field]);
                }
            }
        }

        return text;
    }

    private static void Add(SortedDictionary<string, string> text, string key, JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var s))
        {
            text[key] = text.GetValueOrDefault(key, string.Empty) + s;
        }
    }
}
