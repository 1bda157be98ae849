using System.Text;
using System.Text.Json;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>Request scrubbing and NDJSON restoring through one real <see cref="RedactionSession"/>.</summary>
public sealed class OllamaRoundTripTests
{
    [Fact]
    public void RoundTrip_PlaceholdersFromRequest_RestoredInSplitStream()
    {
        var session = new RedactionSession(Sessions.Detector());
        string body = JsonSerializer.Serialize(new
        {
            model = "deepseek-r1:8b",
            think = true,
            messages = new object[]
            {
                new { role = "user", content = $"Who is {Restorers.PersonValue}?" },
                new { role = "assistant", content = string.Empty, tool_calls = new[] { new { function = new { name = "lookup", arguments = new { email = Secrets.Email } } } } },
                new { role = "tool", tool_name = "lookup", content = $"{Secrets.Email} belongs to {Restorers.PersonValue}" },
            },
        });

        string request = Encoding.UTF8.GetString(OllamaChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(body), session, RequestRewriteOptions.Default));

        Secrets.AnyIn(request).Should().BeFalse("planted value leaked");
        request.Contains(Restorers.PersonValue, StringComparison.Ordinal).Should().BeFalse("planted value leaked");
        JsonAt.String(request, "messages[0].content").Should().Be("Who is [[PERSON_1]]?");
        JsonAt.String(request, "messages[1].tool_calls[0].function.arguments.email").Should().Be("[[EMAIL_1]]");

        var stream = Fixture.Bytes("ollama/chat-stream.ndjson");
        var client = OllamaClientReference.Read(Encoding.UTF8.GetString(Transform.Run(OllamaChatProtocol.Instance.CreateResponseTransformer("application/x-ndjson", session), stream, [7, 1, 1, 30, 2])), chat: true);

        (client.Field("content") == $"Hi {Restorers.PersonValue}").Should().BeTrue("the client sees the original values");
        (client.ToolCalls[0]["function"]!["arguments"]!["email"]!.GetValue<string>() == Secrets.Email).Should().BeTrue("arguments are restored");
        session.RestoredCount.Should().Be(3);
    }
}
