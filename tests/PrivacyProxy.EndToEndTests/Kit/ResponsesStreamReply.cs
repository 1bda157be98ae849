using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// A Responses stream as the client saw it: the deltas of each kind joined, the <c>.done</c> copies, the
/// <c>response.completed</c> Response (raw JSON), the sequence numbers, and whether a <c>[DONE]</c> line came.
/// </summary>
internal sealed record ResponsesStreamReply(
    IReadOnlyDictionary<string, string> Deltas,
    IReadOnlyDictionary<string, string> Done,
    string? Completed,
    IReadOnlyList<long> SequenceNumbers,
    string? LastType,
    bool HasDoneLine)
{
    /// <summary>Parses a whole SSE body; every event's name must equal its data's <c>type</c>.</summary>
    public static ResponsesStreamReply Parse(string body)
    {
        var deltas = new Dictionary<string, StringBuilder>();
        var done = new Dictionary<string, string>();
        var numbers = new List<long>();
        string? completed = null;
        string? last = null;
        bool doneLine = false;
        foreach (var (name, data) in SseEvents.Parse(body))
        {
            if (data == "[DONE]")
            {
                doneLine = true;
                continue;
            }

            using var json = JsonDocument.Parse(data);
            var root = json.RootElement;
            string type = root.GetProperty("type").GetString()!;
            if (type != name)
            {
                throw new FormatException($"event '{name}' carries data of type '{type}'");
            }

            last = type;
            numbers.Add(root.GetProperty("sequence_number").GetInt64());
            if (type.EndsWith(".delta", StringComparison.Ordinal))
            {
                string kind = type[..^".delta".Length];
                (deltas.TryGetValue(kind, out var joined) ? joined : deltas[kind] = new StringBuilder()).Append(root.GetProperty("delta").GetString());
            }
            else if (type.EndsWith("_text.done", StringComparison.Ordinal))
            {
                done[type] = root.GetProperty("text").GetString()!;
            }
            else if (type == "response.function_call_arguments.done")
            {
                done[type] = root.GetProperty("arguments").GetString()!;
            }
            else if (type == "response.completed")
            {
                completed = root.GetProperty("response").GetRawText();
            }
        }

        return new(deltas.ToDictionary(p => p.Key, p => p.Value.ToString()), done, completed, numbers, last, doneLine);
    }
}
