using System.Text;
using OpenAI.Responses;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Responses;

/// <summary>
/// The Responses API (Codex's protocol) through the proxy: the official SDK and raw bodies with values in every
/// field; JSON replies restored byte for byte; streams restored per delta kind with <c>.done</c> copies,
/// <c>response.completed</c>, numbering kept and no <c>[DONE]</c>.
/// </summary>
public sealed class ResponsesTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task Sdk_PlantedValues_UpstreamSeesNoneAndReplyIsByteExact()
    {
        fixture.Upstream.Clear();
        string text = "Please check " + Planted.Sentence;

        var result = await fixture.Responses().CreateResponseAsync(FakeReplies.DefaultModel, text);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/responses", "/v1/responses goes to DeepSeek's /responses");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        string raw = result.GetRawResponse().Content.ToString();
        (raw == Encoding.UTF8.GetString(ResponsesReplies.ResponseJson(text, FakeReplies.DefaultModel)))
            .Should().BeTrue("the restored reply equals the original's: {0}", Planted.Mask(raw));
        string output = result.Value.GetOutputText();
        (output == FakeReplies.Content(text)).Should().BeTrue("output text is restored: {0}", Planted.Mask(output));
    }

    [Fact]
    public async Task SdkStreaming_PlantedValues_TextDeltasAndCompletedResponseRestored()
    {
        fixture.Upstream.Clear();
        string text = "stream " + Planted.Sentence;
        var deltas = new StringBuilder();
        string? completed = null;

        await foreach (var update in await fixture.Responses().CreateResponseStreamingAsync(FakeReplies.DefaultModel, text))
        {
            if (update is StreamingResponseOutputTextDeltaUpdate delta)
            {
                deltas.Append(delta.Delta);
            }
            else if (update is StreamingResponseCompletedUpdate done)
            {
                completed = done.Response.GetOutputText();
            }
        }

        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        (deltas.ToString() == FakeReplies.Content(text)).Should().BeTrue("deltas are restored: {0}", Planted.Mask(deltas.ToString()));
        (completed == FakeReplies.Content(text)).Should().BeTrue("response.completed is restored: {0}", Planted.Mask(completed));
    }

    [Fact]
    public async Task RawJson_ValuesInEveryField_NoneLeaveAndReplyIsByteExact()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("responses", ResponsesRequests.EveryField());

        string reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/responses");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Json.GetProperty("input")[2].GetProperty("encrypted_content").GetString().Should().Be("gAAAAopaque-ciphertext");
        upstream.Json.GetProperty("user").GetString().Should().MatchRegex("^[A-Za-z0-9_-]{43}$", "the caller's user is replaced by the hash");
        string expected = Encoding.UTF8.GetString(ResponsesReplies.ResponseJson(ResponsesRequests.LastUserText, FakeReplies.DefaultModel));
        (reply == expected).Should().BeTrue("the restored reply equals the original's: {0}", Planted.Mask(reply));
    }

    [Fact]
    public async Task RawStream_ValuesInEveryField_DeltasDoneAndCompletedRestoredNumberingKeptNoDoneLine()
    {
        fixture.Upstream.Clear();
        string model = FakeReplies.DefaultModel + "-seed-11";

        using var response = await fixture.PostJsonAsync("v1/responses", ResponsesRequests.EveryField(model, stream: true));

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        var reply = ResponsesStreamReply.Parse(await response.Content.ReadAsStringAsync());
        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        string text = ResponsesRequests.LastUserText;
        AssertText(reply.Deltas["response.output_text"], FakeReplies.Content(text), "output_text deltas");
        AssertText(reply.Deltas["response.reasoning_summary_text"], FakeReplies.Reasoning(text), "reasoning summary deltas");
        AssertText(reply.Deltas["response.function_call_arguments"], FakeReplies.Arguments(text), "argument deltas");
        AssertText(reply.Done["response.output_text.done"], FakeReplies.Content(text), "output_text.done");
        AssertText(reply.Done["response.reasoning_summary_text.done"], FakeReplies.Reasoning(text), "reasoning_summary_text.done");
        AssertText(reply.Done["response.function_call_arguments.done"], FakeReplies.Arguments(text), "function_call_arguments.done");
        AssertText(reply.Completed, Encoding.UTF8.GetString(ResponsesReplies.ResponseJson(text, model)), "response.completed");
        reply.SequenceNumbers.Should().Equal(Enumerable.Range(0, reply.SequenceNumbers.Count).Select(i => (long)i), "numbering stays 0, 1, 2, ...");
        reply.LastType.Should().Be("response.completed");
        reply.HasDoneLine.Should().BeFalse("Responses streams end without [DONE]");
    }

    private static void AssertText(string? actual, string expected, string what) =>
        (actual == expected).Should().BeTrue("{0} is restored: {1}", what, Planted.Mask(actual));
}
