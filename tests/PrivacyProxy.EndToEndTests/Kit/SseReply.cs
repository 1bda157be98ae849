using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>A streamed chat reply as the client saw it: each field's deltas joined, plus the event framing.</summary>
internal sealed record SseReply(string Content, string Reasoning, string Arguments, int DataEvents, bool Done, bool UsageOnLast)
{
    /// <summary>Parses a whole SSE body (LF framing) and joins the deltas of choice 0 per field.</summary>
    public static SseReply Parse(string body)
    {
        var content = new StringBuilder();
        var reasoning = new StringBuilder();
        var arguments = new StringBuilder();
        int events = 0;
        bool done = false;
        bool usageOnLast = false;
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            if (!block.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            string data = block["data: ".Length..];
            if (data == "[DONE]")
            {
                done = true;
                continue;
            }

            events++;
            using var json = JsonDocument.Parse(data);
            usageOnLast = json.RootElement.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object;
            foreach (var choice in json.RootElement.GetProperty("choices").EnumerateArray())
            {
                var delta = choice.GetProperty("delta");
                Append(content, delta, "content");
                Append(reasoning, delta, "reasoning_content");
                if (delta.TryGetProperty("tool_calls", out var calls))
                {
                    foreach (var call in calls.EnumerateArray())
                    {
                        Append(arguments, call.GetProperty("function"), "arguments");
                    }
                }
            }
        }

        return new SseReply(content.ToString(), reasoning.ToString(), arguments.ToString(), events, done, usageOnLast);
    }

    private static void Append(StringBuilder builder, JsonElement element, string name)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            builder.Append(value.GetString());
        }
    }
}
