using System.Text;
using System.Text.Json;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>Request scrubbing and response restoring through one real <see cref="RedactionSession"/>.</summary>
public sealed class RealSessionRoundTripTests
{
    [Fact]
    public void RoundTrip_PlaceholdersFromRequest_RestoredInSplitStream()
    {
        var session = new RedactionSession(Sessions.Detector());
        string body = JsonSerializer.Serialize(new
        {
            model = "deepseek-v4-flash",
            messages = new object[]
            {
                new { role = "user", content = $"Mail {Secrets.Email} for {Restorers.PersonValue}" },
                new { role = "assistant", content = (string?)null, tool_calls = new[] { new { id = "c", type = "function", function = new { name = "send", arguments = JsonSerializer.Serialize(new { to = Secrets.Email, who = Restorers.PersonValue }) } } } },
                new { role = "tool", tool_call_id = "c", content = $"sent to {Restorers.PersonValue}" },
            },
        });

        string request = Encoding.UTF8.GetString(OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), session, new RequestRewriteOptions { UserId = "u1" }));

        Secrets.AnyIn(request).Should().BeFalse("planted value leaked");
        request.Contains(Restorers.PersonValue, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
        JsonAt.String(request, "messages[0].content").Masked().Should().Be("Mail [[EMAIL_1]] for [[PERSON_1]]".Masked());
        JsonAt.String(JsonAt.String(request, "messages[1].tool_calls[0].function.arguments")!, "who").Masked().Should().Be("[[PERSON_1]]".Masked());
        JsonAt.String(request, "user_id").Masked().Should().Be("u1".Masked());

        string stream =
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Done, [[PERS\"}}]}\n\n" +
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ON_1]] <[[EMA\"}}]}\n\n" +
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"IL_1]]>\"},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
        var events = SseReference.Parse(Transform.RunText(OpenAIChatProtocol.Instance, "text/event-stream", session, Encoding.UTF8.GetBytes(stream), [7, 1, 1, 30]));

        (SseReference.Accumulate(events)["0/content"] == $"Done, {Restorers.PersonValue} <{Secrets.Email}>").Should().BeTrue("the client sees the original values");
        session.RestoredCount.Should().Be(2);
    }
}
