using System.Text;
using System.Text.Json;
using CsCheck;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>
/// For any way the model's text is cut into deltas (and two choices interleaved), the client accumulates exactly
/// the restored text: content as plain text, arguments JSON-escaped (real <see cref="Redaction.RedactionSession"/>).
/// </summary>
public sealed class StreamFragmentPropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        "Hello ", "[[PERSON_1]]", "[[EMAIL_1]]", "[[PASSWORD_1]]", "[[ EMAIL_1 ]]", "[EMAIL_1]", "\\[\\[EMAIL_1\\]\\]",
        "北京", "😀", "[[", "]]", "[", "x", "[[UNKNOWN_9]]", "[[EMAIL_7]]", "\"", "\\", "\n")
        .Array[0, 25].Select(parts => string.Concat(parts));

    private static readonly Gen<(string A, string B, int[] CutsA, int[] CutsB, bool[] Order, bool FinishB)> Input =
        Gen.Select(Text, Text, Gen.Int[0, 400].Array[0, 15], Gen.Int[0, 400].Array[0, 15], Gen.Bool.Array[40], Gen.Bool);

    [Fact]
    public void Transform_AnyDeltaFragmentation_ClientSeesRestoredText()
    {
        Input.Sample(
            input =>
            {
                var fragmentsA = Cut(input.A, input.CutsA);
                var fragmentsB = Cut(input.B, input.CutsB);
                string stream = Build(fragmentsA, fragmentsB, input.Order, input.FinishB);
                var restorer = Sessions.Issued();

                string output = Transform.RunText(OpenAIChatProtocol.Instance, "text/event-stream", Sessions.Issued(), Encoding.UTF8.GetBytes(stream));
                var events = SseReference.Parse(output);
                var text = SseReference.Accumulate(events);

                text.GetValueOrDefault("0/content", string.Empty).Masked().Should().Be(restorer.Restore(input.A, TextContext.Plain).Masked());
                text.GetValueOrDefault("1/content", string.Empty).Masked().Should().Be(restorer.Restore(input.B, TextContext.Plain).Masked());
                text.GetValueOrDefault("0/tool0/arguments", string.Empty).Masked().Should().Be(restorer.Restore(input.A, TextContext.JsonString).Masked());
                events[^1].Data.Masked().Should().Be("[DONE]".Masked());
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

    private static string Build(List<string> a, List<string> b, bool[] order, bool finishB)
    {
        var stream = new StringBuilder();
        int ia = 0, ib = 0, step = 0;
        while (ia < a.Count || ib < b.Count)
        {
            bool takeA = ib >= b.Count || (ia < a.Count && order[step++ % order.Length]);
            string fragment = JsonSerializer.Serialize(takeA ? a[ia++] : b[ib++]);
            string delta = takeA
                ? $"{{\"content\":{fragment},\"tool_calls\":[{{\"index\":0,\"function\":{{\"arguments\":{fragment}}}}}]}}"
                : $"{{\"content\":{fragment}}}";
            stream.Append($"data: {{\"id\":\"i\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{{\"index\":{(takeA ? 0 : 1)},\"delta\":{delta},\"finish_reason\":null}}]}}\n\n");
        }

        stream.Append("data: {\"id\":\"i\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"stop\"}]}\n\n");
        if (finishB)
        {
            stream.Append("data: {\"id\":\"i\",\"choices\":[{\"index\":1,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        }

        return stream.Append("data: [DONE]\n\n").ToString();
    }
}
