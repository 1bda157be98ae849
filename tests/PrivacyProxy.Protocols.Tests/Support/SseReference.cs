using System.Text;
using System.Text.Json.Nodes;

namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>
/// An independent, whole-text SSE reader (WHATWG rules, like the OpenAI SDK's decoder) used to check transformer
/// output: events in order, comments in order, and the text a client accumulates per choice and field.
/// </summary>
internal static class SseReference
{
    public sealed record Item(string? Comment, string? Data);

    public static List<Item> Parse(string stream)
    {
        var items = new List<Item>();
        var data = new List<string>();
        var lines = stream.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    items.Add(new Item(null, string.Join('\n', data)));
                    data.Clear();
                }
            }
            else if (line[0] == ':')
            {
                items.Add(new Item(line, null));
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                var value = line[5..];
                data.Add(value.StartsWith(' ') ? value[1..] : value);
            }
        }

        return items;
    }

    /// <summary>Concatenated text per "choice/field" key, as a client accumulating deltas would see it.</summary>
    public static SortedDictionary<string, string> Accumulate(IEnumerable<Item> items)
    {
        var text = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Data is null || item.Data == "[DONE]")
            {
                continue;
            }

            var root = JsonNode.Parse(item.Data)!.AsObject();
            if (root["choices"] is not JsonArray choices)
            {
                continue;
            }

            foreach (var choice in choices)
            {
                int index = choice!["index"]!.GetValue<int>();
                Add(text, $"{index}/text", choice["text"]);
                if (choice["delta"] is not JsonObject delta)
                {
                    continue;
                }

                foreach (var field in new[] { "content", "reasoning_content", "refusal" })
                {
                    Add(text, $"{index}/{field}", delta[field]);
                }

                if (delta["tool_calls"] is JsonArray calls)
                {
                    foreach (var call in calls)
                    {
                        Add(text, $"{index}/tool{call!["index"]}/arguments", call["function"]?["arguments"]);
                        Add(text, $"{index}/tool{call["index"]}/name", call["function"]?["name"]);
                    }
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

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
