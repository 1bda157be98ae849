using System.Text;
using System.Text.Json;
using OpenAI.Chat;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Chat;

/// <summary>OpenAI chat through the proxy with the official SDK: scrubbed on the way out, restored on the way back.</summary>
public sealed class ChatRoundTripTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task JsonChat_PlantedValuesInUserMessage_UpstreamSeesNoneAndReplyIsByteExact()
    {
        fixture.Upstream.Clear();
        string text = "Please check " + Planted.Sentence;

        var result = await fixture.Chat().CompleteChatAsync([new UserChatMessage(text)]);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        string raw = result.GetRawResponse().Content.ToString();
        (raw == Encoding.UTF8.GetString(FakeReplies.ChatJson(text, FakeReplies.DefaultModel)))
            .Should().BeTrue("the restored reply must equal what the upstream would send for the original: {0}", Planted.Mask(raw));
        Planted.CountIn(result.Value.Content[0].Text).Should().Be(Planted.All.Count);
    }

    [Fact]
    public async Task JsonChat_ValuesInEveryRoleAndField_NoneLeaveAndAllComeBack()
    {
        fixture.Upstream.Clear();
        var assistant = new AssistantChatMessage([ChatToolCall.CreateFunctionToolCall(
            "call_00_prev", "lookup", BinaryData.FromString(JsonSerializer.Serialize(new { query = Planted.Sentence })))]);
        List<ChatMessage> messages =
        [
            new SystemChatMessage("Operator mail " + Planted.Email + " and key " + Planted.AwsKey),
            new UserChatMessage(
                ChatMessageContentPart.CreateTextPart("first part " + Planted.Card + " and "),
                ChatMessageContentPart.CreateTextPart("second part " + Planted.Sentence)) { ParticipantName = "dana" },
            assistant,
            new ToolChatMessage("call_00_prev", "row: SSN " + Planted.Ssn + " from " + Planted.Ip),
            new UserChatMessage("again " + Planted.Sentence),
        ];

        var result = await fixture.Chat().CompleteChatAsync(messages);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        var completion = result.Value;
        Planted.CountIn(completion.Content[0].Text).Should().Be(Planted.All.Count);
        var call = completion.ToolCalls.Should().ContainSingle().Subject;
        (call.FunctionArguments.ToString() == FakeReplies.Arguments("again " + Planted.Sentence))
            .Should().BeTrue("tool-call arguments are restored JSON-escaped: {0}", Planted.Mask(call.FunctionArguments.ToString()));
    }

    [Fact]
    public async Task JsonChat_ReasoningContentSentBack_IsScrubbedAndReplyReasoningRestored()
    {
        fixture.Upstream.Clear();
        string body = JsonSerializer.Serialize(new
        {
            model = FakeReplies.DefaultModel,
            messages = new object[]
            {
                new { role = "user", content = "hello" },
                new { role = "assistant", content = "ok", reasoning_content = "thinking about " + Planted.Sentence },
                new { role = "user", content = Planted.Sentence },
            },
        });
        using var client = fixture.Http();

        using var response = await client.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        string reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue();
        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        using var json = JsonDocument.Parse(reply);
        string? reasoning = json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("reasoning_content").GetString();
        (reasoning == FakeReplies.Reasoning(Planted.Sentence)).Should().BeTrue("reasoning is restored: {0}", Planted.Mask(reasoning));
    }

    [Fact]
    public async Task StreamingChat_PlantedValues_ClientReceivesOriginalsAndUpstreamNone()
    {
        fixture.Upstream.Clear();
        string text = "stream " + Planted.Sentence;
        var content = new StringBuilder();
        var arguments = new StringBuilder();

        await foreach (var update in fixture.Chat().CompleteChatStreamingAsync([new UserChatMessage(text)]))
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

        Planted.Which(fixture.Upstream.Requests.Single().Everything).Should().BeEmpty("planted values must not leave");
        (content.ToString() == FakeReplies.Content(text)).Should().BeTrue("content is restored: {0}", Planted.Mask(content.ToString()));
        (arguments.ToString() == FakeReplies.Arguments(text)).Should().BeTrue("arguments are restored: {0}", Planted.Mask(arguments.ToString()));
    }

    [Fact]
    public async Task TwoTurns_SameConversationPrefix_ScrubbedPrefixIsByteIdentical()
    {
        fixture.Upstream.Clear();
        var chat = fixture.Chat();
        List<ChatMessage> conversation =
        [
            new SystemChatMessage("You help with accounts."),
            new UserChatMessage("Customer " + Planted.Email + " pays with " + Planted.Card),
        ];
        var first = await chat.CompleteChatAsync(conversation);
        conversation.Add(new AssistantChatMessage(first.Value.Content[0].Text));
        conversation.Add(new UserChatMessage("And the key " + Planted.AwsKey + " for " + Planted.Email + "?"));

        await chat.CompleteChatAsync(conversation);

        var requests = fixture.Upstream.Requests;
        requests.Should().HaveCount(2);
        var firstMessages = requests[0].Json.GetProperty("messages");
        var secondMessages = requests[1].Json.GetProperty("messages");
        for (int i = 0; i < 2; i++)
        {
            secondMessages[i].GetRawText().Should().Be(firstMessages[i].GetRawText(), "turn one is resent unchanged and must scrub identically");
        }

        string firstUser = firstMessages[1].GetProperty("content").GetString()!;
        secondMessages[2].GetProperty("content").GetString().Should().Be(
            FakeReplies.Content(firstUser), "the restored assistant turn scrubs back to exactly what the model produced");
        Planted.Which(requests[1].Everything).Should().BeEmpty("planted values must not leave");
    }

    [Theory]
    [InlineData("chat/completions")]
    [InlineData("beta/chat/completions")]
    [InlineData("v1/chat/completions")]
    public async Task ChatRoutes_EachPath_ForwardedToSamePathAndScrubbed(string path)
    {
        fixture.Upstream.Clear();
        string body = JsonSerializer.Serialize(new { model = "m", messages = new[] { new { role = "user", content = Planted.Sentence } } });
        using var client = fixture.Http();

        using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        response.IsSuccessStatusCode.Should().BeTrue();
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/" + path);
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        Planted.CountIn(await response.Content.ReadAsStringAsync()).Should().Be(Planted.All.Count);
    }

    [Theory]
    [InlineData("beta/completions", "/beta/completions")]
    [InlineData("v1/completions", "/beta/completions")]
    public async Task FimRoutes_PromptAndSuffixWithValues_ScrubbedAndTextRestored(string path, string upstreamPath)
    {
        fixture.Upstream.Clear();
        string prompt = "def f():\n    key = '" + Planted.AwsKey + "'\n";
        string body = JsonSerializer.Serialize(new { model = "m", prompt, suffix = "# owner " + Planted.Email });
        using var client = fixture.Http();

        using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be(upstreamPath);
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string? completion = json.RootElement.GetProperty("choices")[0].GetProperty("text").GetString();
        (completion == FakeReplies.Completion(prompt)).Should().BeTrue("FIM text is restored: {0}", Planted.Mask(completion));
    }

    [Theory]
    [InlineData("models")]
    [InlineData("v1/models")]
    public async Task ModelRoutes_Get_ForwardedAndAnswered(string path)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();

        using var response = await client.GetAsync(path);

        response.IsSuccessStatusCode.Should().BeTrue();
        (await response.Content.ReadAsStringAsync()).Should().Contain("deepseek-v4-flash");
        fixture.Upstream.Requests.Should().ContainSingle().Which.Path.Should().Be("/" + path);
    }

    [Fact]
    public async Task UnknownPath_Post_NotFoundAndNothingForwarded()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();

        using var response = await client.PostAsync("v1/embeddings-unknown", new StringContent("{}", Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).Should().Be(404);
        fixture.Upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpstreamError_Status429_PassesThroughWithStatusAndBody()
    {
        fixture.Upstream.Clear();
        string body = JsonSerializer.Serialize(new { model = "status-429", messages = new[] { new { role = "user", content = "hi" } } });
        using var client = fixture.Http();

        using var response = await client.PostAsync("chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).Should().Be(429);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Rate Limit Reached");
    }
}
