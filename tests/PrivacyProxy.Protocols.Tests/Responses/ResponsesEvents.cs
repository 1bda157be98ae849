using System.Text.Json.Nodes;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>
/// An independent whole-text reader of Responses SSE output, as a client sees it: events with their names and
/// JSON data, the text it accumulates from deltas, and the full copies in done events and terminal responses.
/// Keys are <c>kind/item/part</c>, e.g. <c>output_text/msg_1/0</c>.
/// </summary>
internal static class ResponsesEvents
{
    private static readonly string[] Kinds =
        ["output_text", "refusal", "reasoning_text", "reasoning_summary_text", "function_call_arguments", "custom_tool_call_input"];

    public sealed record Event(string? Name, JsonObject Data)
    {
        public string Type => Data["type"]?.GetValue<string>() ?? Name ?? string.Empty;

        public int? Sequence => Data["sequence_number"]?.GetValue<int>();
    }

    public static List<Event> Parse(string stream)
    {
        var events = new List<Event>();
        string? name = null;
        var data = new List<string>();
        foreach (var line in stream.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    events.Add(new Event(name, JsonNode.Parse(string.Join('\n', data))!.AsObject()));
                }

                name = null;
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line[6..].TrimStart(' ');
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line[5..].StartsWith(' ') ? line[6..] : line[5..]);
            }
        }

        return events;
    }

    /// <summary>Concatenated delta text per key.</summary>
    public static SortedDictionary<string, string> Deltas(IEnumerable<Event> events) => Collect(events, ".delta", "delta");

    /// <summary>The full text of each <c>.done</c> event per key.</summary>
    public static SortedDictionary<string, string> Dones(IEnumerable<Event> events)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, field) in new[] { ("output_text", "text"), ("refusal", "refusal"), ("reasoning_text", "text"), ("reasoning_summary_text", "text"), ("function_call_arguments", "arguments"), ("custom_tool_call_input", "input") })
        {
            foreach (var pair in Collect(events.Where(e => e.Type == $"response.{kind}.done"), ".done", field))
            {
                all[pair.Key] = pair.Value;
            }
        }

        return all;
    }

    /// <summary>The texts of every output item of a Response object, keyed like the deltas.</summary>
    public static SortedDictionary<string, string> ItemTexts(JsonArray output)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in output)
        {
            AddItem(texts, item!.AsObject());
        }

        return texts;
    }

    public static void AddItem(SortedDictionary<string, string> texts, JsonObject item)
    {
        string id = item["id"]!.GetValue<string>();
        string type = item["type"]!.GetValue<string>();
        int index = 0;
        foreach (var part in item["content"]?.AsArray() ?? [])
        {
            string kind = part!["type"]!.GetValue<string>() == "refusal" ? "refusal" : type == "reasoning" ? "reasoning_text" : "output_text";
            texts[$"{kind}/{id}/{index++}"] = (part["text"] ?? part["refusal"])!.GetValue<string>();
        }

        index = 0;
        foreach (var part in item["summary"]?.AsArray() ?? [])
        {
            texts[$"reasoning_summary_text/{id}/{index++}"] = part!["text"]!.GetValue<string>();
        }

        if (item["arguments"] is JsonValue arguments)
        {
            texts[$"function_call_arguments/{id}/-"] = arguments.GetValue<string>();
        }

        if (item["input"] is JsonValue input)
        {
            texts[$"custom_tool_call_input/{id}/-"] = input.GetValue<string>();
        }
    }

    private static SortedDictionary<string, string> Collect(IEnumerable<Event> events, string suffix, string field)
    {
        var text = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            string? kind = Kinds.FirstOrDefault(k => e.Type == $"response.{k}{suffix}");
            if (kind is null || e.Data[field] is not JsonValue value)
            {
                continue;
            }

            string key = $"{kind}/{e.Data["item_id"]}/{e.Data["content_index"] ?? e.Data["summary_index"] ?? (JsonNode)"-"}";
            text[key] = text.GetValueOrDefault(key, string.Empty) + value.GetValue<string>();
        }

        return text;
    }
}
