using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>An Anthropic message stream as the client saw it: each delta kind joined, the signature, the event order.</summary>
internal sealed record AnthropicStreamReply(string Thinking, string Text, string PartialJson, string Signature, IReadOnlyList<string> NameRuns)
{
    /// <summary>Parses a whole SSE body; every event's name must equal its data's <c>type</c>.</summary>
    public static AnthropicStreamReply Parse(string body)
    {
        var thinking = new StringBuilder();
        var text = new StringBuilder();
        var partialJson = new StringBuilder();
        var signature = new StringBuilder();
        var events = SseEvents.Parse(body);
        foreach (var (name, data) in events)
        {
            using var json = JsonDocument.Parse(data);
            string? type = json.RootElement.GetProperty("type").GetString();
            if (type != name)
            {
                throw new FormatException($"event '{name}' carries data of type '{type}'");
            }

            if (type != "content_block_delta")
            {
                continue;
            }

            var delta = json.RootElement.GetProperty("delta");
            switch (delta.GetProperty("type").GetString())
            {
                case "thinking_delta":
                    thinking.Append(delta.GetProperty("thinking").GetString());
                    break;
                case "text_delta":
                    text.Append(delta.GetProperty("text").GetString());
                    break;
                case "input_json_delta":
                    partialJson.Append(delta.GetProperty("partial_json").GetString());
                    break;
                case "signature_delta":
                    signature.Append(delta.GetProperty("signature").GetString());
                    break;
            }
        }

        return new(thinking.ToString(), text.ToString(), partialJson.ToString(), signature.ToString(), SseEvents.NameRuns(events));
    }
}
