using System.Text;
using System.Text.Json;
using OllamaSharp.Models;
using OllamaSharp.Models.Chat;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Ollama;

/// <summary>
/// The Ollama native API through the proxy to the <c>local</c> cluster: OllamaSharp and raw bodies with values in
/// every field; NDJSON streams restored per field, <c>stream:false</c> replies byte for byte; model routes answered.
/// </summary>
public sealed class OllamaTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task OllamaSharpChat_Streaming_ScrubbedRestoredAndNoUpstreamKeySent()
    {
        fixture.Upstream.Clear();
        string text = "Please check " + Planted.Sentence;
        var content = new StringBuilder();
        var thinking = new StringBuilder();
        string? arguments = null;

        await foreach (var chunk in fixture.Ollama().ChatAsync(new ChatRequest
        {
            Model = OllamaReplies.Model,
            Messages = [new Message(ChatRole.User, text)],
            Stream = true,
        }))
        {
            content.Append(chunk?.Message.Content);
            thinking.Append(chunk?.Message.Thinking);
            if (chunk?.Message.ToolCalls?.FirstOrDefault() is { } call)
            {
                arguments = JsonSerializer.Serialize(call.Function!.Arguments);
            }
        }

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/api/chat");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Header("Authorization").Should().BeNull("the DeepSeek key is not sent to the local server");
        upstream.Header("x-api-key").Should().BeNull();
        AssertText(content.ToString(), FakeReplies.Content(text), "content");
        AssertText(thinking.ToString(), FakeReplies.Reasoning(text), "thinking");
        Planted.CountIn(arguments ?? "").Should().Be(Planted.All.Count, "tool-call arguments are restored: {0}", Planted.Mask(arguments));
    }

    [Fact]
    public async Task OllamaSharpGenerate_Streaming_ScrubbedAndRestored()
    {
        fixture.Upstream.Clear();
        var response = new StringBuilder();

        await foreach (var chunk in fixture.Ollama().GenerateAsync(new GenerateRequest
        {
            Model = OllamaReplies.Model,
            Prompt = OllamaRequests.Prompt,
            Suffix = "# owner " + Planted.Email,
            System = "Operator " + Planted.Card,
            Stream = true,
        }))
        {
            response.Append(chunk?.Response);
        }

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/api/generate");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        AssertText(response.ToString(), FakeReplies.Completion(OllamaRequests.Prompt), "response");
    }

    [Fact]
    public async Task RawChat_StreamFalse_EveryFieldScrubbedAndReplyByteExact()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("api/chat", OllamaRequests.Chat(stream: false));

        string reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue();
        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        AssertText(reply, Encoding.UTF8.GetString(OllamaReplies.ChatJson(OllamaRequests.LastUserText, OllamaReplies.Model)), "the reply");
    }

    [Fact]
    public async Task RawChat_Streaming_EveryFieldScrubbedAndLinesRestored()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("api/chat", OllamaRequests.Chat(stream: true, OllamaReplies.Model + "-seed-5"));

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        var reply = NdjsonReply.Parse(await response.Content.ReadAsStringAsync());
        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        string text = OllamaRequests.LastUserText;
        AssertText(reply.Content, FakeReplies.Content(text), "content");
        AssertText(reply.Thinking, FakeReplies.Reasoning(text), "thinking");
        AssertText(reply.ToolArguments, FakeReplies.Arguments(text), "tool-call arguments");
        reply.EndsWithDone.Should().BeTrue("the done:true line comes last");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RawGenerate_EveryFieldScrubbedAndRestored(bool stream)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("api/generate", OllamaRequests.Generate(stream));

        string body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Single();
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        if (stream)
        {
            var reply = NdjsonReply.Parse(body);
            AssertText(reply.Response, FakeReplies.Completion(OllamaRequests.Prompt), "response");
            AssertText(reply.Thinking, FakeReplies.Reasoning(OllamaRequests.Prompt), "thinking");
        }
        else
        {
            AssertText(body, Encoding.UTF8.GetString(OllamaReplies.GenerateJson(OllamaRequests.Prompt, OllamaReplies.Model)), "the reply");
        }
    }

    [Fact]
    public async Task OllamaSharpEmbed_InputsWithValues_ScrubbedAndVectorsPassUnchanged()
    {
        fixture.Upstream.Clear();

        var result = await fixture.Ollama().EmbedAsync(new EmbedRequest
        {
            Model = "nomic-embed-text",
            Input = ["doc one " + Planted.Sentence, "doc two " + Planted.Email],
        });

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/api/embed");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Json.GetProperty("input")[1].GetString().Should().Be("doc two [[EMAIL_1]]");
        result.Embeddings.Should().HaveCount(2);
        result.Embeddings[1][0].Should().BeApproximately(1.010071029f, 1e-6f);
    }

    [Fact]
    public async Task RawLegacyEmbeddings_PromptWithValues_ScrubbedAndReplyByteExact()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("api/embeddings", new { model = "nomic-embed-text", prompt = Planted.Sentence });

        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(OllamaReplies.LegacyEmbeddingJson());
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/api/embeddings");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
    }

    [Fact]
    public async Task OllamaSharpModelRoutes_RootTagsVersionPsShow_ForwardedAndAnswered()
    {
        fixture.Upstream.Clear();
        var ollama = fixture.Ollama();

        bool running0 = await ollama.IsRunningAsync();
        using var client = fixture.Http(bearer: null);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, ""));
        var models = await ollama.ListLocalModelsAsync();
        string version = await ollama.GetVersionAsync();
        var running = await ollama.ListRunningModelsAsync();
        var shown = await ollama.ShowModelAsync(new ShowModelRequest { Model = OllamaReplies.Model });

        running0.Should().BeTrue();
        head.IsSuccessStatusCode.Should().BeTrue("the Ollama CLI's HEAD / heartbeat is answered");
        models.Select(m => m.Name).Should().Equal(OllamaReplies.Model);
        version.Should().Be("0.12.10");
        running.Should().BeEmpty();
        shown.Template.Should().Be("{{ .Prompt }}");
        fixture.Upstream.Requests.Select(r => r.Method + " " + r.Path).Should().Equal(
            "GET /", "HEAD /", "GET /api/tags", "GET /api/version", "GET /api/ps", "POST /api/show");
        fixture.Upstream.Requests[5].Json.GetProperty("model").GetString().Should().Be(OllamaReplies.Model);
    }

    private static void AssertText(string? actual, string expected, string what) =>
        (actual == expected).Should().BeTrue("{0} is restored: {1}", what, Planted.Mask(actual));
}
