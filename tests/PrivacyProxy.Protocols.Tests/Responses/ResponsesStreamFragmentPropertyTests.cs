using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>
/// For any way the model's texts are cut into deltas (reasoning, summary, output text and function-call arguments,
/// message and call interleaved, with or without each kind of done event), the client sees one story: concatenated
/// deltas == restored text == the <c>.done</c> text == the item in <c>output_item.done</c> == the text in
/// <c>response.completed</c>; no delta after the event that ends its text; sequence numbers 0, 1, 2, ...
/// </summary>
public sealed class ResponsesStreamFragmentPropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        "Hello ", "[[PERSON_1]]", "[[EMAIL_1]]", "[[PASSWORD_1]]", "[[ EMAIL_1 ]]", "[EMAIL_1]", "\\[\\[EMAIL_1\\]\\]",
        "北京", "😀", "[[", "]]", "[", "x", "[[UNKNOWN_9]]", "[[EMAIL_7]]", "\"", "\\", "\n")
        .Array[0, 25].Select(parts => string.Concat(parts));

    private static readonly Gen<int[]> Cuts = Gen.Int[0, 400].Array[0, 15];

    private static readonly Gen<Story> Stories = Gen.Select(
        Gen.Select(Text, Text, Text, Text),
        Gen.Select(Cuts, Cuts, Cuts, Cuts),
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool.Array[40]),
        Gen.Frequency((4, (IGen<int>)Gen.Const(1)), (2, Gen.Int[2, 9]), (1, Gen.Int[10, 200])).Array[0, 400],
        (texts, cuts, flags, chunks) => new Story(
            [texts.Item1, texts.Item2, texts.Item3, texts.Item4],
            [cuts.Item1, cuts.Item2, cuts.Item3, cuts.Item4],
            flags.Item1,
            flags.Item2,
            flags.Item3,
            flags.Item4,
            chunks));

    private static readonly string[] Keys =
        ["reasoning_text/rs_1/0", "reasoning_summary_text/rs_1/0", "output_text/msg_1/0", "function_call_arguments/fc_1/-"];

    [Fact]
    public void Transform_AnyDeltaFragmentation_ClientSeesOneRestoredStory()
    {
        Stories.Sample(
            story =>
            {
                var restorer = Sessions.Issued();
                var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
                for (int i = 0; i < Keys.Length; i++)
                {
                    expected[Keys[i]] = restorer.Restore(story.Texts[i], i == 3 ? TextContext.JsonString : TextContext.Plain);
                }

                var input = Encoding.UTF8.GetBytes(ResponsesStoryWriter.Write(story));
                var unsplit = Transform.Run(OpenAIResponsesProtocol.Instance.CreateResponseTransformer("text/event-stream", Sessions.Issued()), input);
                var split = Transform.Run(OpenAIResponsesProtocol.Instance.CreateResponseTransformer("text/event-stream", Sessions.Issued()), input, story.Chunks);
                var events = ResponsesEvents.Parse(Encoding.UTF8.GetString(unsplit));

                split.AsSpan().SequenceEqual(unsplit).Should().BeTrue("a split changed the output");
                Check(ResponsesEvents.Deltas(events), expected, "deltas");
                Check(ResponsesEvents.Dones(events), expected, "done events");
                Check(ResponsesEvents.ItemTexts(events[^1].Data["response"]!["output"]!.AsArray()), expected, "response.completed");
                var items = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var done in events.Where(e => e.Type == "response.output_item.done"))
                {
                    ResponsesEvents.AddItem(items, done.Data["item"]!.AsObject());
                }

                Check(items, expected, "output_item.done");
                events.Select(e => e.Sequence).Should().Equal(Enumerable.Range(0, events.Count).Select(i => (int?)i));
                NoDeltaAfterItsEnd(events);
            },
            iter: 300,
            threads: 1);
    }

    private static void Check(SortedDictionary<string, string> actual, SortedDictionary<string, string> expected, string where)
    {
        foreach (var (key, text) in actual)
        {
            text.Masked().Should().Be(expected[key].Masked(), $"{key} in {where}");
        }
    }

    private static void NoDeltaAfterItsEnd(List<ResponsesEvents.Event> events)
    {
        var ended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            string? item = e.Data["item_id"]?.GetValue<string>() ?? e.Data["item"]?["id"]?.GetValue<string>();
            if (e.Type.EndsWith(".delta", StringComparison.Ordinal))
            {
                ended.Should().NotContain(e.Type[..^6] + "/" + item, "a delta came after the event that ended its text");
                ended.Should().NotContain("item/" + item).And.NotContain("all");
            }
            else if (e.Type == "response.output_item.done")
            {
                ended.Add("item/" + item);
            }
            else if (e.Type == "response.content_part.done")
            {
                ended.Add("response.output_text/" + item);
            }
            else if (e.Type == "response.reasoning_summary_part.done")
            {
                ended.Add("response.reasoning_summary_text/" + item);
            }
            else if (e.Type.EndsWith(".done", StringComparison.Ordinal))
            {
                ended.Add(e.Type[..^5] + "/" + item);
            }
            else if (e.Type == "response.completed")
            {
                ended.Add("all");
            }
        }
    }
}
