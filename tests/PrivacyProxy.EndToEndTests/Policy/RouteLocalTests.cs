using System.Text;
using Anthropic.Models.Messages;
using OpenAI.Chat;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// <c>route-local</c>: the whole request, unscrubbed, reaches only the company's own server, at its path for the
/// protocol, under the mapped model name, with the local key and neither the hosted nor the caller's; the caller
/// gets the local answer in its own protocol. A protocol the local server cannot take is refused, sent nowhere.
/// </summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class RouteLocalTests(TeamPolicyFixture fixture)
{
    private static readonly string Key = TeamPolicyFixture.KeyFor("route-local");
    private static readonly string Text = Sample.Join([Sample.Diagnosis, Sample.Medication, Sample.Email]);

    [Fact]
    public async Task ChatSdk_HealthData_OnlyLocalGetsItUnscrubbedAndCallerGetsLocalAnswer()
    {
        fixture.ClearUpstreams();

        var result = await fixture.Chat(key: Key).CompleteChatAsync([new UserChatMessage(Text)]);

        fixture.Upstream.Requests.Should().BeEmpty("nothing routed locally reaches the hosted API");
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        AssertLocalRequest(local, "/v1/chat/completions", TeamPolicyFixture.LocalChatModel);
        Sample.Equal(FakeAnswers.LastUserText(local.Json), Text, "the local server gets the text as sent");
        Sample.Equal(result.Value.Content[0].Text, FakeReplies.Content(LocalModelServer.Echo(Text)), "the caller gets the local model's answer");
        result.Value.Model.Should().Be(TeamPolicyFixture.LocalChatModel);
        ReportedDecision.Of(result.GetRawResponse()).Should().Be(new ReportedDecision("route-local-all", "route-local", "HEALTH=2,CONTACT=1", null));
    }

    [Fact]
    public async Task ChatSdkStreaming_HealthData_LocalStreamReachesCaller()
    {
        fixture.ClearUpstreams();
        var content = new StringBuilder();
        var arguments = new StringBuilder();

        await foreach (var update in fixture.Chat(key: Key).CompleteChatStreamingAsync([new UserChatMessage(Text)]))
        {
            foreach (var part in update.ContentUpdate)
            {
                content.Append(part.Text);
            }

            foreach (var call in update.ToolCallUpdates)
            {
                arguments.Append(call.FunctionArgumentsUpdate?.ToString());
            }
        }

        fixture.Upstream.Requests.Should().BeEmpty();
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        AssertLocalRequest(local, "/v1/chat/completions", TeamPolicyFixture.LocalChatModel);
        Sample.Equal(content.ToString(), FakeReplies.Content(LocalModelServer.Echo(Text)), "the local stream's content reaches the caller");
        Sample.Equal(arguments.ToString(), FakeReplies.Arguments(LocalModelServer.Echo(Text)), "the local stream's tool call reaches the caller");
    }

    [Theory]
    [InlineData("v1/chat/completions")]
    [InlineData("chat/completions")]
    [InlineData("beta/chat/completions")]
    public async Task ChatRoutes_RawBody_ByteIdenticalButForTheModelName(string path)
    {
        fixture.ClearUpstreams();
        string body = "{\"model\":\"" + FakeReplies.DefaultModel + "\", \"messages\":[{\"role\":\"user\",\"content\":\"caf\\u00e9 " + Text + "\"}]}";

        using var response = await fixture.PostAsync(path, body, Key);

        response.IsSuccessStatusCode.Should().BeTrue();
        fixture.Upstream.Requests.Should().BeEmpty();
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        local.Path.Should().Be("/v1/chat/completions");
        string expected = body.Replace(FakeReplies.DefaultModel, TeamPolicyFixture.LocalChatModel, StringComparison.Ordinal);
        local.Body.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(expected)).Should().BeTrue("only the model name changes on the way to the local server");
    }

    [Fact]
    public async Task AnthropicSdk_HealthData_LocalMessagesPathDefaultModelAndLocalAnswer()
    {
        fixture.ClearUpstreams();

        var message = await fixture.Anthropic(Key).Messages.Create(new MessageCreateParams
        {
            Model = AnthropicReplies.Model,
            MaxTokens = 256,
            Messages = [new UserMessageParam(Text)],
        });

        fixture.Upstream.Requests.Should().BeEmpty("nothing routed locally reaches the hosted API");
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        AssertLocalRequest(local, "/v1/messages", TeamPolicyFixture.LocalDefaultModel);
        Sample.Equal(AnthropicReplies.LastUserText(local.Json), Text, "the local server gets the text as sent");
        message.Content[1].TryPickText(out var text).Should().BeTrue();
        Sample.Equal(text!.Text, FakeReplies.Content(LocalModelServer.Echo(Text)), "the caller gets the local model's answer");
    }

    [Fact]
    public async Task AnthropicStreaming_HealthData_LocalEventStreamReachesCallerUnchanged()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Anthropic, PolicyRequests.AnthropicBody(Text, stream: true), Key);

        response.IsSuccessStatusCode.Should().BeTrue();
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        string body = await response.Content.ReadAsStringAsync();
        fixture.Upstream.Requests.Should().BeEmpty();
        AssertLocalRequest(fixture.Local.Requests.Should().ContainSingle().Subject, "/v1/messages", TeamPolicyFixture.LocalDefaultModel);
        string expected = AnthropicReplies.MessageStream(LocalModelServer.Echo(Text), TeamPolicyFixture.LocalDefaultModel, new Random(7));
        Sample.Equal(body, expected, "the local event stream reaches the caller byte for byte");
        ReportedDecision.Of(response).Action.Should().Be("route-local");
    }

    [Theory]
    [InlineData("v1/completions")]
    [InlineData("beta/completions")]
    public async Task Completions_HealthData_LocalCompletionsPath(string path)
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(path, PolicyRequests.For(path, Text), Key);

        response.IsSuccessStatusCode.Should().BeTrue();
        fixture.Upstream.Requests.Should().BeEmpty();
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        AssertLocalRequest(local, "/v1/completions", TeamPolicyFixture.LocalChatModel);
        Sample.Equal(local.Json.GetProperty("prompt").GetString(), Text, "the prompt goes as sent");
        Sample.Which(await response.Content.ReadAsStringAsync()).Should().Be(Sample.Which(Text), "the local completion comes back");
    }

    [Fact]
    public async Task ProtocolWithEmptyLocalPath_Refused403AndSentNowhere()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync("v1/responses", PolicyRequests.For("v1/responses", Text), Key);

        await ErrorShape.AssertAsync(response, ErrorDialect.OpenAI, 403);
        string body = await response.Content.ReadAsStringAsync();
        Sample.Which(body).Should().BeEmpty("a refusal never quotes a value");
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("local_route_unavailable");
        error.GetProperty("message").GetString().Should().Contain("PrivacyProxy:Local:Paths:openai-responses");
        fixture.Upstream.Requests.Should().BeEmpty("an unroutable request never falls back to the hosted API");
        fixture.Local.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Embeddings_HealthData_LocalEmbeddingsPathWithInputAsSent()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync("v1/embeddings", PolicyRequests.For("v1/embeddings", Text), Key);

        response.IsSuccessStatusCode.Should().BeTrue();
        fixture.Upstream.Requests.Should().BeEmpty();
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        AssertLocalRequest(local, "/v1/embeddings", TeamPolicyFixture.LocalDefaultModel);
        Sample.Equal(local.Json.GetProperty("input").GetString(), Text, "the input goes as sent");
    }

    [Fact]
    public async Task CountTokens_NoLocalPathByDefault_Refused403AndSentNowhere()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.CountTokens, PolicyRequests.For(PolicyRequests.CountTokens, Text), Key);

        await ErrorShape.AssertAsync(response, ErrorDialect.Anthropic, 403);
        string body = await response.Content.ReadAsStringAsync();
        Sample.Which(body).Should().BeEmpty("a refusal never quotes a value");
        body.Should().Contain("PrivacyProxy:Local:Paths:anthropic-count-tokens");
        fixture.Upstream.Requests.Should().BeEmpty("an unroutable request never falls back to the hosted API");
        fixture.Local.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task OllamaRoute_AlreadyLocal_BodyAsSentToItsOwnPath()
    {
        fixture.ClearUpstreams();
        string body = PolicyRequests.For("api/chat", Text);

        using var response = await fixture.PostAsync("api/chat", body, Key);

        response.IsSuccessStatusCode.Should().BeTrue();
        var local = fixture.Local.Requests.Should().ContainSingle().Subject;
        local.Path.Should().Be("/api/chat");
        local.Body.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(body)).Should().BeTrue("the company's own server gets the body as sent");
        local.Header("Authorization").Should().Be("Bearer " + TeamPolicyFixture.LocalKey, "Ollama's own routes carry the local server's key too");
        Sample.Which(await response.Content.ReadAsStringAsync()).Should().Be(Sample.Which(Text));
    }

    [Fact]
    public async Task NothingFound_RouteLocalPolicy_GoesToHosted()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody("what is a monad?"), Key);

        response.IsSuccessStatusCode.Should().BeTrue();
        fixture.Upstream.Requests.Should().ContainSingle().Which.Path.Should().Be("/v1/chat/completions");
        fixture.Local.Requests.Should().BeEmpty();
        ReportedDecision.Of(response).Action.Should().Be("allow");
    }

    // The local path and model, the local server's key, and neither the hosted key nor the caller's client key.
    private static void AssertLocalRequest(RecordedRequest local, string path, string model)
    {
        local.Path.Should().Be(path);
        local.Json.GetProperty("model").GetString().Should().Be(model);
        local.Header("Authorization").Should().Be("Bearer " + TeamPolicyFixture.LocalKey);
        local.Everything.Contains(ProxyFixture.UpstreamKey, StringComparison.Ordinal).Should().BeFalse("the hosted key never goes to the local server");
        local.Everything.Contains(Key, StringComparison.Ordinal).Should().BeFalse("the caller's client key never goes upstream");
        local.Header("x-api-key").Should().BeNull();
    }
}
