using System.Text;
using PrivacyProxy.Protocols.Embeddings;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Files;
using PrivacyProxy.Protocols.Tests.Support;
using static PrivacyProxy.Protocols.Tests.Media.MediaSamples;

namespace PrivacyProxy.Protocols.Tests.Media;

/// <summary>
/// <see cref="MediaHandling.Strip"/> beyond one part: secrets beside withheld media are still scrubbed, what a
/// withheld part held never numbers a placeholder, several parts and notes, Ollama's note placement, what stays
/// (URLs, file ids, empty payloads), and what is still refused (token ids, unreadable uploads).
/// </summary>
public sealed class MediaStripTests
{
    [Fact]
    public void RewriteRequest_StrippedImageBesideSecret_SecretStillScrubbed()
    {
        string body = Fill("""{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"key {KEY}"},{"type":"image_url","image_url":{"url":"data:image/png;base64,{PNG}"}},{"type":"text","text":"mail {EMAIL}"}]}]}""");

        string output = Rewrite("openai-chat", body, MediaHandling.Strip);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        output.Should().Be($$"""{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"key [[API_KEY_1]]"},{"type":"text","text":"{{ImageNote}}"},{"type":"text","text":"mail [[EMAIL_1]]"}]}]}""");
    }

    [Theory]
    [InlineData("openai-chat", """{"model":"m","messages":[{"role":"user","content":[{"type":"file","file":{"filename":"{KEY}.pdf","file_data":"{PDF}"}},{"type":"text","text":"{CARD} {EMAIL}"}]}]}""", "messages[0].content[1].text")]
    [InlineData("openai-responses", """{"model":"m","input":[{"role":"user","content":[{"type":"input_file","filename":"{KEY}.pdf","file_data":"{PDF}"},{"type":"input_text","text":"{CARD} {EMAIL}"}]}]}""", "input[0].content[1].text")]
    [InlineData("anthropic-messages", """{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"document","title":"{KEY}","context":"{CARD}","source":{"type":"base64","media_type":"application/pdf","data":"{PDF}"}},{"type":"text","text":"{CARD} {EMAIL}"}]}]}""", "messages[0].content[1].text")]
    public void RewriteRequest_SecretInsideWithheldPart_NeverScannedNorNumbered(string protocol, string template, string textPath)
    {
        var scrubber = Secrets.Scrubber();

        string output = Rewrite(protocol, Fill(template), MediaHandling.Strip, scrubber);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        scrubber.Issued.ContainsKey(Secrets.ApiKey).Should().BeFalse("a withheld part's text does not leave, so it gets no placeholder");
        JsonAt.String(output, textPath).Should().Be("[[CREDIT_CARD_1]] [[EMAIL_1]]");
    }

    [Fact]
    public void RewriteRequest_SeveralImagesInOneMessage_EachReplacedInPlace()
    {
        string image = """{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}""";
        string document = """{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"{PDF}"}}""";
        string body = Fill($$"""{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{{image}},{"type":"text","text":"a"},{{image}},{{document}},{{image}}]}]}""");

        string output = Rewrite("anthropic-messages", body, MediaHandling.Strip);

        string note = $$"""{"type":"text","text":"{{ImageNote}}"}""";
        string fileNote = $$"""{"type":"text","text":"{{FileNote}}"}""";
        output.Should().Be($$"""{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{{note}},{"type":"text","text":"a"},{{note}},{{fileNote}},{{note}}]}]}""");
    }

    [Fact]
    public void RewriteRequest_NestedToolResultImagesBesideSecrets_ImagesWithheldSecretsScrubbed()
    {
        string image = """{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}""";
        string body = Fill($$"""{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"{KEY}"},{{image}},{{image}}]},{"type":"text","text":"{EMAIL}"}]}]}""");

        string output = Rewrite("anthropic-messages", body, MediaHandling.Strip);

        string note = $$"""{"type":"text","text":"{{ImageNote}}"}""";
        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        output.Should().Be($$"""{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"[[API_KEY_1]]"},{{note}},{{note}}]},{"type":"text","text":"[[EMAIL_1]]"}]}]}""");
    }

    [Theory]
    [InlineData("""{"role":"user","content":"see {EMAIL}","images":["{PNG}","{PNG}"]}""", """{"role":"user","content":"see [[EMAIL_1]]\n\nNOTE\nNOTE","images":[]}""")]
    [InlineData("""{"role":"user","content":"","images":["{PNG}"]}""", """{"role":"user","content":"NOTE","images":[]}""")]
    [InlineData("""{"role":"user","images":["{PNG}"]}""", """{"role":"user","images":[],"content":"NOTE"}""")]
    [InlineData("""{"role":"user","images":"{PNG}"}""", """{"role":"user","images":[],"content":"NOTE"}""")]
    [InlineData("""{"role":"user","content":null,"images":["{PNG}"]}""", """{"role":"user","content":null,"images":[]}""")]
    [InlineData("""{"role":"user","content":"caf\u00e9","images":["{PNG}"]}""", """{"role":"user","content":"caf\u00e9\n\nNOTE","images":[]}""")]
    [InlineData("""{"role":"user","content":"see","images":["","{PNG}"]}""", """{"role":"user","content":"see\n\nNOTE","images":[]}""")]
    [InlineData("""{"role":"user","content":"see","images":[]}""", """{"role":"user","content":"see","images":[]}""")]
    public void RewriteRequest_OllamaImages_EmptiedWithOneNotePerImageInTheText(string message, string expected)
    {
        string body = Fill($$"""{"model":"m","messages":[{"role":"user","content":"first"},{{message}}]}""");

        string output = Rewrite("ollama-chat", body, MediaHandling.Strip);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        output.Should().Be($$"""{"model":"m","messages":[{"role":"user","content":"first"},{{expected.Replace("NOTE", ImageNote, StringComparison.Ordinal)}}]}""");
    }

    [Theory]
    [InlineData("openai-chat", """{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://img.example/a.png"}},{"type":"file","file":{"file_id":"file-abc"}}]}]}""")]
    [InlineData("openai-responses", """{"model":"m","input":[{"role":"user","content":[{"type":"input_image","image_url":"https://img.example/a.png"},{"type":"input_file","file_id":"file-abc"}]}]}""")]
    [InlineData("anthropic-messages", """{"model":"m","max_tokens":1,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"url","url":"https://img.example/a.png"}},{"type":"document","source":{"type":"file","file_id":"file_011CNha8iCJcU1wXNR6q4V8w"}}]}]}""")]
    [InlineData("openai-chat", """{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":""}}]}]}""")]
    public void RewriteRequest_UrlsAndFileIds_StayAsTheyAre(string protocol, string body)
    {
        // URLs are scanned as text and file ids are labels in every mode: there is nothing unreadable to withhold.
        Rewrite(protocol, body, MediaHandling.Strip).Should().Be(Rewrite(protocol, body, MediaHandling.Refuse)).And.Be(body);
    }

    [Fact]
    public void RewriteRequest_UrlWithSecretBesideStrippedImage_UrlScrubbed()
    {
        string body = Fill("""{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://img.example/{EMAIL}.png"}},{"type":"image_url","image_url":{"url":"data:image/png;base64,{PNG}"}}]}]}""");

        string output = Rewrite("openai-chat", body, MediaHandling.Strip);

        Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
        JsonAt.String(output, "messages[0].content[0].image_url.url").Should().Be("https://img.example/[[EMAIL_1]].png");
        JsonAt.String(output, "messages[0].content[1].text").Should().Be(ImageNote);
    }

    [Theory]
    [InlineData("openai-completions", """{"model":"m","prompt":[1,4111111111111111,3]}""", "'prompt")]
    [InlineData("openai-embeddings", """{"model":"m","input":[[1,2],[3]]}""", "'input'")]
    [InlineData("ollama-generate", """{"model":"m","prompt":"p","context":[1,2,3]}""", "'context")]
    public void RewriteRequest_TokenIdsUnderStrip_RefusedSayingWhy(string protocol, string body, string field)
    {
        IWireProtocol wire = protocol switch
        {
            "openai-completions" => OpenAICompletionsProtocol.Instance,
            "openai-embeddings" => OpenAIEmbeddingsProtocol.Instance,
            _ => Protocol(protocol),
        };

        var act = () => wire.RewriteRequest(Encoding.UTF8.GetBytes(body), Secrets.Scrubber(), Options(MediaHandling.Strip));

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        error.Message.Should().Contain(field).And.Contain("no text to put in their place");
        wire.RewriteRequest(Encoding.UTF8.GetBytes(body), Secrets.Scrubber(), Options(MediaHandling.Forward)).Should().Equal(Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public void RewriteMultipart_UnreadableFileUnderStrip_RefusedSayingWhy()
    {
        var upload = new Upload().Field("purpose", "user_data").File("shot.png", "image/png", Convert.FromBase64String(Png));

        var act = () => FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), Options(MediaHandling.Strip));

        var error = act.Should().Throw<ProtocolException>().Which;
        error.StatusCode.Should().Be(415);
        error.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
        error.Message.Should().Contain("part 2").And.Contain("its content is all the upload has");
    }

    [Fact]
    public void RewriteMultipart_TextFileUnderStrip_ScrubbedAsEver()
    {
        var upload = new Upload().Field("purpose", "user_data").TextFile("notes.txt", Planted.Document());

        byte[] output = FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), Options(MediaHandling.Strip));

        Planted.AnyIn(output).Should().BeFalse("planted value leaked");
        Encoding.UTF8.GetString(output).Should().Contain("[[EMAIL_1]]");
    }

    [Fact]
    public void RewriteRequest_EveryLaterTurnResendsTheScreenshot_StrippedPrefixStaysByteIdentical()
    {
        // Claude Code resends the screenshot with every later turn: each turn goes through, and the part already
        // sent is byte-identical from turn to turn (the provider's prefix cache keeps working).
        string screenshot = """{"type":"image","source":{"type":"base64","media_type":"image/png","data":"{PNG}"}}""";
        var turns = new List<string> { $$"""{"role":"user","content":[{"type":"text","text":"what fails? {EMAIL}"},{{screenshot}}]}""" };
        string? previous = null;
        for (int turn = 0; turn < 4; turn++)
        {
            string body = Fill($$"""{"model":"m","max_tokens":1,"messages":[{{string.Join(",", turns)}}]}""");

            string output = Rewrite("anthropic-messages", body, MediaHandling.Strip, Planted.Session());

            Planted.AnyIn(output).Should().BeFalse("planted value leaked");
            if (previous is not null)
            {
                output.StartsWith(previous[..^2], StringComparison.Ordinal).Should().BeTrue("turn {0} must extend the stripped turn before it", turn);
            }

            previous = output;
            turns.Add($$"""{"role":"assistant","content":[{"type":"text","text":"step {{turn}} for {EMAIL}"}]}""");
            turns.Add($$"""{"role":"user","content":[{"type":"text","text":"and now?"},{{screenshot}}]}""");
        }
    }
}
