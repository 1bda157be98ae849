using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Anthropic;

/// <summary>
/// For any way the model's text is cut into text, thinking and input-JSON deltas, the client accumulates exactly
/// the restored text, and the accumulated <c>partial_json</c> parses to the input with the original values.
/// </summary>
public sealed class AnthropicStreamFragmentPropertyTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<string> Text = Gen.OneOf(
        "Hello ", "[[PERSON_1]]", "[[EMAIL_1]]", "[[PASSWORD_1]]", "[[CITY_1]]", "[[ EMAIL_1 ]]", "[EMAIL_1]",
        "北京", "😀", "[[", "]]", "[", "x", "[[UNKNOWN_9]]", "[[EMAIL_7]]", "\"", "\\", "\n", "{", "}")
        .Array[0, 25].Select(parts => string.Concat(parts));

    private static readonly Gen<int[]> Cuts = Gen.Int[0, 600].Array[0, 15];

    private static readonly Gen<(string A, string T, string J, int[] CutsA, int[] CutsT, int[] CutsJ, bool[] Flags)> Input =
        Gen.Select(Text, Text, Text, Cuts, Cuts, Cuts, Gen.Bool.Array[64]);

    [Fact]
    public void Transform_AnyDeltaFragmentation_ClientSeesRestoredText()
    {
        Input.Sample(
            input =>
            {
                var restorer = AnthropicSessions.Issued();
                string json = JsonSerializer.Serialize(new Dictionary<string, object> { ["[[PERSON_1]]"] = input.J, ["n"] = 1 }, Relaxed);
                string stream = Build(input.A, input.T, json, input.CutsA, input.CutsT, input.CutsJ, input.Flags);

                string output = Transform.RunText(AnthropicMessagesProtocol.Instance, "text/event-stream", AnthropicSessions.Issued(), Encoding.UTF8.GetBytes(stream));
                var events = AnthropicSse.Parse(output);
                var text = AnthropicSse.Accumulate(events);

                text.GetValueOrDefault("0/text", string.Empty).Masked().Should().Be(restorer.Restore(input.A, TextContext.Plain).Masked());
                text.GetValueOrDefault("1/thinking", string.Empty).Masked().Should().Be(restorer.Restore(input.T, TextContext.Plain).Masked());
                text["1/signature"].Should().Be("EqQB");
                text.GetValueOrDefault("2/partial_json", string.Empty).Masked().Should().Be(restorer.Restore(json, TextContext.JsonString).Masked());
                var parsed = JsonNode.Parse(text["2/partial_json"])!.AsObject();
                parsed.ContainsKey(Restorers.PersonValue).Should().BeTrue("the key is restored");
                parsed[Restorers.PersonValue]!.GetValue<string>().Masked().Should().Be(restorer.Restore(input.J, TextContext.Plain).Masked());
                events.Select(e => e.Name).Should().Equal(events.Select(e => e.Type));
                events.Where(e => e.Type != "content_block_delta").Select(e => e.Type).Should().Equal(
                    AnthropicSse.Parse(stream).Where(e => e.Type != "content_block_delta").Select(e => e.Type));
            },
            iter: 300,
            threads: 1);
    }

    private static List<string> Cut(string text, int[] cuts)
    {
        var points = cuts.Select(c => text.Length == 0 ? 0 : c % (text.Length + 1))
            .Where(c => c == 0 || c == text.Length || !char.IsLowSurrogate(text[c]))
            .Append(0).Append(text.Length).Distinct().Order().ToList();
        var fragments = new List<string>();
        for (int i = 1; i < points.Count; i++)
        {
            fragments.Add(text[points[i - 1]..points[i]]);
        }

        return fragments;
    }

    private static string Build(string a, string t, string json, int[] cutsA, int[] cutsT, int[] cutsJ, bool[] flags)
    {
        var stream = new StringBuilder();
        int flag = 0;
        bool Next() => flags[flag++ % flags.Length];
        void Event(string type, object data) =>
            stream.Append("event: ").Append(type).Append("\ndata: ").Append(JsonSerializer.Serialize(data, Relaxed)).Append("\n\n");
        void Ping()
        {
            if (Next())
            {
                Event("ping", new { type = "ping" });
            }
        }

        void Block(int index, object start, string deltaType, string field, List<string> fragments, bool startCarriesFirst)
        {
            Event("content_block_start", new { type = "content_block_start", index, content_block = start });
            foreach (var fragment in startCarriesFirst ? fragments.Skip(1) : fragments)
            {
                Event("content_block_delta", new { type = "content_block_delta", index, delta = new Dictionary<string, string> { ["type"] = deltaType, [field] = fragment } });
                Ping();
            }

            if (index == 1)
            {
                Event("content_block_delta", new { type = "content_block_delta", index, delta = new { type = "signature_delta", signature = "EqQB" } });
            }

            Event("content_block_stop", new { type = "content_block_stop", index });
        }

        Event("message_start", new { type = "message_start", message = new { id = "msg", type = "message", role = "assistant", content = Array.Empty<object>() } });
        var textParts = Cut(a, cutsA);
        bool textInStart = Next() && textParts.Count > 0;
        Block(0, new { type = "text", text = textInStart ? textParts[0] : string.Empty }, "text_delta", "text", textParts, textInStart);
        var thinkingParts = Cut(t, cutsT);
        bool thinkingInStart = Next() && thinkingParts.Count > 0;
        Block(1, new { type = "thinking", thinking = thinkingInStart ? thinkingParts[0] : string.Empty, signature = string.Empty }, "thinking_delta", "thinking", thinkingParts, thinkingInStart);
        Block(2, new { type = "tool_use", id = "toolu_1", name = "f", input = new { } }, "input_json_delta", "partial_json", Cut(json, cutsJ), false);
        Event("message_delta", new { type = "message_delta", delta = new { stop_reason = "tool_use" }, usage = new { output_tokens = 9 } });
        Event("message_stop", new { type = "message_stop" });
        return stream.ToString();
    }
}
