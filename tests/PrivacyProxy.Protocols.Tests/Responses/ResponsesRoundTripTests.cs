using System.Text;
using System.Text.Json;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Responses;

/// <summary>A Codex-style turn through one real <see cref="RedactionSession"/>: scrubbed going out, restored coming back.</summary>
public sealed class ResponsesRoundTripTests
{
    [Fact]
    public void RoundTrip_PlaceholdersFromRequest_RestoredInStreamAndCompletedResponse()
    {
        var session = new RedactionSession(Sessions.Detector());
        string body = JsonSerializer.Serialize(new
        {
            model = "deepseek-v4-flash",
            instructions = $"Assist {Restorers.PersonValue}",
            input = new object[]
            {
                new { type = "message", role = "user", content = new object[] { new { type = "input_text", text = $"Mail {Secrets.Email}" } } },
                new { type = "function_call", call_id = "c", name = "send", arguments = JsonSerializer.Serialize(new { to = Secrets.Email }) },
                new { type = "function_call_output", call_id = "c", output = $"sent to {Restorers.PersonValue}" },
            },
            stream = true,
        });

        string request = Encoding.UTF8.GetString(OpenAIResponsesProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), session, RequestRewriteOptions.Default));

        Secrets.AnyIn(request).Should().BeFalse("planted value leaked");
        request.Contains(Restorers.PersonValue, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
        JsonAt.String(request, "instructions").Masked().Should().Be("Assist [[PERSON_1]]");
        JsonAt.String(JsonAt.String(request, "input[1].arguments")!, "to").Masked().Should().Be("[[EMAIL_1]]");

        const string upstream =
            "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":0,\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"Done, [[PERS\"}\n\n" +
            "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":1,\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"ON_1]] <[[EMAIL_1]]>\"}\n\n" +
            "event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":2,\"response\":{\"output\":[{\"id\":\"m\",\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"Done, [[PERSON_1]] <[[EMAIL_1]]>\"}]}]}}\n\n";
        var events = ResponsesEvents.Parse(Transform.RunText(OpenAIResponsesProtocol.Instance, "text/event-stream", session, Encoding.UTF8.GetBytes(upstream), [9, 1, 1, 40]));

        string expected = $"Done, {Restorers.PersonValue} <{Secrets.Email}>";
        (ResponsesEvents.Deltas(events)["output_text/m/0"] == expected).Should().BeTrue("the client sees the original values");
        (ResponsesEvents.ItemTexts(events[^1].Data["response"]!["output"]!.AsArray())["output_text/m/0"] == expected).Should().BeTrue("the completed copy matches");
        session.RestoredCount.Should().Be(4);
    }
}
