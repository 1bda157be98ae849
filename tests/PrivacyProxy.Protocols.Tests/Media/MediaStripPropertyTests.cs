using System.Text;
using System.Text.Json;
using PrivacyProxy.Protocols.Tests.Files;
using PrivacyProxy.Protocols.Tests.Support;
using static PrivacyProxy.Protocols.Tests.Media.MediaSamples;

namespace PrivacyProxy.Protocols.Tests.Media;

/// <summary>
/// Random conversations with media parts at random positions among text parts (nested in tool results too, with
/// planted values beside them and inside them): stripped, a body is byte for byte the body a client would have sent
/// with each media part written as its note, scrubbed the same way (same placeholders, same numbering, every other
/// byte copied); forwarded, every media payload leaves as it came; refused, any media part means 415.
/// </summary>
public sealed class MediaStripPropertyTests
{
    private const int Iterations = 250;

    private static readonly string[] Texts =
        ["", "plain", "mail {EMAIL}", "{CARD}", "key {KEY} and {EMAIL}", "tab\tquote\"back\\slash", "\u5317\u4eac \ud83d\ude00",
         "[[EMAIL_1]] lookalike", "{\"user\":\"{EMAIL}\",\"n\":1}", "ends with a path C:\\Users\\alice"];

    private static readonly string[] Separators = [",", ", ", ",\n      "];

    public static TheoryData<string> PartProtocols() => new() { "openai-chat", "openai-responses", "anthropic-messages" };

    [Theory]
    [MemberData(nameof(PartProtocols))]
    public void RewriteRequest_RandomMediaAmongText_StripEqualsNotesSentAsText(string protocol)
    {
        var grammar = PartGrammar.For(protocol);
        var random = new Random(8_003);
        for (int i = 0; i < Iterations; i++)
        {
            var (body, withNotes, media) = grammar.Conversation(random);

            string stripped = Rewrite(protocol, body, MediaHandling.Strip, Planted.Session());
            string expected = Rewrite(protocol, withNotes, MediaHandling.Refuse, Planted.Session());

            Planted.AnyIn(stripped).Should().BeFalse("planted value leaked (iteration {0})", i);
            stripped.Masked().Should().Be(expected.Masked(), "iteration {0}", i);
            Payloads.Any(p => stripped.Contains(p, StringComparison.Ordinal)).Should().BeFalse("withheld media left (iteration {0})", i);
            CheckForwardAndRefuse(protocol, body, media, i);
        }
    }

    [Theory]
    [InlineData("ollama-chat")]
    [InlineData("ollama-generate")]
    public void RewriteRequest_RandomOllamaImages_StripEqualsNotesAppendedToTheText(string protocol)
    {
        var random = new Random(8_011);
        for (int i = 0; i < Iterations; i++)
        {
            var (body, withNotes, media) = protocol == "ollama-chat" ? OllamaChat(random) : OllamaGenerate(random);

            string stripped = Rewrite(protocol, body, MediaHandling.Strip, Planted.Session());
            string expected = Rewrite(protocol, withNotes, MediaHandling.Refuse, Planted.Session());

            Planted.AnyIn(stripped).Should().BeFalse("planted value leaked (iteration {0})", i);
            stripped.Masked().Should().Be(expected.Masked(), "iteration {0}", i);
            CheckForwardAndRefuse(protocol, body, media, i);
        }
    }

    private static void CheckForwardAndRefuse(string protocol, string body, int media, int iteration)
    {
        string forwarded = Rewrite(protocol, body, MediaHandling.Forward, Planted.Session());
        Planted.AnyIn(forwarded).Should().BeFalse("planted value leaked (iteration {0})", iteration);
        foreach (string payload in Payloads)
        {
            Occurrences(forwarded, payload).Should().Be(Occurrences(body, payload), "forwarded media is unchanged (iteration {0})", iteration);
        }

        if (media == 0)
        {
            Rewrite(protocol, body, MediaHandling.Refuse, Planted.Session()).Should().Be(forwarded, "iteration {0}", iteration);
            return;
        }

        var refuse = () => Rewrite(protocol, body, MediaHandling.Refuse, Planted.Session());
        refuse.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(415);
    }

    private static (string Body, string WithNotes, int Media) OllamaChat(Random random)
    {
        var body = new StringBuilder("""{"model":"m","messages":[""");
        var withNotes = new StringBuilder(body.ToString());
        int media = 0;
        int messages = random.Next(1, 4);
        for (int m = 0; m < messages; m++)
        {
            string separator = m == 0 ? string.Empty : Pick(random, Separators);
            var (message, noted, images) = OllamaObject(random, "content", "\"role\":\"user\",");
            body.Append(separator).Append(message);
            withNotes.Append(separator).Append(noted);
            media += images;
        }

        return (body.Append("]}").ToString(), withNotes.Append("]}").ToString(), media);
    }

    private static (string Body, string WithNotes, int Media) OllamaGenerate(Random random)
    {
        var (root, noted, images) = OllamaObject(random, "prompt", "\"model\":\"m\",");
        return (root, noted, images);
    }

    /// <summary>An object with a text member (sometimes absent) and 0 to 3 images, in either order.</summary>
    private static (string Body, string WithNotes, int Images) OllamaObject(Random random, string field, string lead)
    {
        int images = random.Next(0, 4);
        bool hasText = random.Next(4) > 0;
        string text = Fill(Pick(random, Texts));
        string notes = string.Join("\n", Enumerable.Repeat(ImageNote, images));
        string notedText = images == 0 ? text : text.Length == 0 ? notes : text + "\n\n" + notes;
        string imagesMember = $"\"images\":[{string.Join(Pick(random, Separators), Enumerable.Repeat($"\"{Png}\"", images))}]";
        string textMember = $"\"{field}\":{Json(text)}";
        string notedMember = $"\"{field}\":{Json(notedText)}";
        bool textFirst = random.Next(2) == 0;
        if (!hasText)
        {
            string absentNoted = images == 0 ? "\"images\":[]" : $"\"images\":[],\"{field}\":{Json(notes)}";
            return ($"{{{lead}{imagesMember}}}", $"{{{lead}{absentNoted}}}", images);
        }

        string body = textFirst ? $"{{{lead}{textMember},{imagesMember}}}" : $"{{{lead}{imagesMember},{textMember}}}";
        string withNotes = textFirst ? $"{{{lead}{notedMember},\"images\":[]}}" : $"{{{lead}\"images\":[],{notedMember}}}";
        return (body, withNotes, images);
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Json(string value) => JsonSerializer.Serialize(value);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>
    /// How one protocol writes bodies, messages, text parts and media parts (each with the note it leaves), and what
    /// holds parts of its own: an item beside messages (Responses tool output) or a part (Anthropic tool result).
    /// </summary>
    private sealed record PartGrammar(
        string Root, string Message, string TextType, (string Part, string Note)[] MediaParts, string? ItemContainer = null, string? PartContainer = null)
    {
        public static PartGrammar For(string protocol) => protocol switch
        {
            "openai-chat" => new(
                """{"model":"m","messages":[ITEMS]}""",
                """{"role":"user","content":[PARTS]}""",
                "text",
                [
                    ("""{"type":"image_url","image_url":{"url":"data:image/png;base64,{PNG}","detail":"high"}}""", ImageNote),
                    ("""{"type":"image_url","image_url":"data:image/png;base64,{PNG}"}""", ImageNote),
                    ("""{"type":"input_audio","input_audio":{"data":"{WAV}","format":"wav"}}""", AudioNote),
                    ("""{"type":"file","file":{"filename":"{KEY}.pdf","file_data":"data:application/pdf;base64,{PDF}"}}""", FileNote),
                    ("""{"filename":"{EMAIL} report.pdf","type":"file","file_data":"{PDF}"}""", FileNote),
                ]),
            "openai-responses" => new(
                """{"model":"m","input":[ITEMS]}""",
                """{"type":"message","role":"user","content":[PARTS]}""",
                "input_text",
                [
                    ("""{"type":"input_image","image_url":"data:image/png;base64,{PNG}"}""", ImageNote),
                    ("""{"type":"input_file","filename":"{KEY}.pdf","file_data":"data:application/pdf;base64,{PDF}"}""", FileNote),
                    ("""{"type":"input_audio","input_audio":{"data":"{WAV}","format":"mp3"}}""", AudioNote),
                ],
                ItemContainer: """{"type":"function_call_output","call_id":"c1","output":[PARTS]}"""),
            _ => new(
                """{"model":"m","max_tokens":1,"messages":[ITEMS]}""",
                """{"role":"user","content":[PARTS]}""",
                "text",
                [
                    ("""{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}""", ImageNote),
                    ("""{"type":"document","title":"{KEY}","source":{"type":"base64","media_type":"application/pdf","data":"{PDF}"}}""", FileNote),
                    ("""{"type":"document","source":{"type":"url","url":"data:application/pdf;base64,{PDF}"},"context":"{CARD}"}""", FileNote),
                ],
                PartContainer: """{"type":"tool_result","tool_use_id":"t1","content":[PARTS]}"""),
        };

        /// <summary>A body, the same body with each media part written as its note, and how many media parts it has.</summary>
        public (string Body, string WithNotes, int Media) Conversation(Random random)
        {
            var items = new List<(string, string)>();
            int media = 0;
            int messages = random.Next(1, 4);
            for (int m = 0; m < messages; m++)
            {
                var (parts, notedParts) = Parts(random, PartContainer, ref media);
                string template = ItemContainer is not null && random.Next(4) == 0 ? ItemContainer : Message;
                items.Add((template.Replace("PARTS", parts, StringComparison.Ordinal), template.Replace("PARTS", notedParts, StringComparison.Ordinal)));
            }

            string separator = Pick(random, Separators);
            return (
                Fill(Root.Replace("ITEMS", string.Join(separator, items.Select(i => i.Item1)), StringComparison.Ordinal)),
                Fill(Root.Replace("ITEMS", string.Join(separator, items.Select(i => i.Item2)), StringComparison.Ordinal)),
                media);
        }

        private (string Parts, string WithNotes) Parts(Random random, string? container, ref int media)
        {
            var parts = new List<(string, string)>();
            int count = random.Next(1, 7);
            for (int p = 0; p < count; p++)
            {
                int choice = random.Next(10);
                if (choice < 5)
                {
                    string text = $$"""{"type":"{{TextType}}","text":{{Json(Secrets.Fill(Pick(random, Texts)))}}}""";
                    parts.Add((text, text));
                }
                else if (choice < 9 || container is null)
                {
                    var (part, note) = Pick(random, MediaParts);
                    parts.Add((part, $$"""{"type":"{{TextType}}","text":"{{note}}"}"""));
                    media++;
                }
                else
                {
                    // A container (a tool result) holding parts of its own, media among them.
                    var (inner, innerNoted) = Parts(random, container: null, ref media);
                    parts.Add((container.Replace("PARTS", inner, StringComparison.Ordinal), container.Replace("PARTS", innerNoted, StringComparison.Ordinal)));
                }
            }

            string separator = Pick(random, Separators);
            return (string.Join(separator, parts.Select(p => p.Item1)), string.Join(separator, parts.Select(p => p.Item2)));
        }
    }
}
