using System.Text;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>Ollama generate responses: <c>response</c> and <c>thinking</c> restored across lines.</summary>
public sealed class OllamaGenerateResponseTests
{
    private static string Run(string stream, string mediaType = "application/x-ndjson") =>
        Transform.RunText(OllamaGenerateProtocol.Instance, mediaType, Sessions.Issued(), Encoding.UTF8.GetBytes(stream));

    [Fact]
    public void Transform_SplitPlaceholders_ClientSeesRestoredText()
    {
        string stream =
            "{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"\",\"thinking\":\"who is [[PER\",\"done\":false}\n" +
            "{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"Mail [[EMA\",\"thinking\":\"SON_1]]?\",\"done\":false}\n" +
            "{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"IL_1]] now\",\"done\":false}\n" +
            "{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"\",\"done\":true,\"context\":[1,2,3]}\n";

        var output = OllamaClientReference.Read(Run(stream), chat: false);

        output.Field("response").Masked().Should().Be($"Mail {Secrets.Email} now".Masked());
        output.Field("thinking").Masked().Should().Be($"who is {Restorers.PersonValue}?".Masked());
        output.Lines[3]["context"]!.ToJsonString().Should().Be("[1,2,3]");
    }

    [Fact]
    public void Transform_HeldBackAtDone_AddedToDoneLine()
    {
        string stream =
            "{\"model\":\"m\",\"response\":\"a [[PERSON_1\",\"thinking\":\"t [[EMAIL\",\"done\":false}\n" +
            "{\"model\":\"m\",\"done\":true,\"done_reason\":\"length\"}\n";

        var lines = Run(stream).Split('\n');

        JsonAt.String(lines[0], "response").Should().Be("a ");
        JsonAt.String(lines[1], "response").Should().Be("[[PERSON_1");
        JsonAt.String(lines[1], "thinking").Should().Be("[[EMAIL");
        JsonAt.String(lines[1], "done_reason").Should().Be("length");
    }

    [Fact]
    public void Transform_ErrorMidstreamFixture_PassesUnchanged()
    {
        var input = Fixture.Bytes("ollama/error-midstream.ndjson");

        Transform.Run(OllamaGenerateProtocol.Instance.CreateResponseTransformer("application/x-ndjson", Sessions.Issued()), input, [5, 1, 1])
            .Should().Equal(input);
    }

    [Fact]
    public void Transform_StreamEndsWithOnlyThinkingHeld_SyntheticLineCarriesEmptyResponse()
    {
        var output = OllamaClientReference.Read(Run("{\"model\":\"m\",\"created_at\":\"t\",\"response\":\"\",\"thinking\":\"x [[EMAIL_1\",\"done\":false}\n"), chat: false);

        output.Lines.Should().HaveCount(2);
        output.Lines[1]["response"]!.GetValue<string>().Should().BeEmpty();
        output.Lines[1]["thinking"]!.GetValue<string>().Should().Be("[[EMAIL_1");
        output.Lines[1]["done"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Transform_NonStreamedJson_ResponseRestored()
    {
        string output = Run("{\"model\":\"m\",\"response\":\"Dear [[PERSON_1]]\",\"done\":true}", "application/json");

        JsonAt.String(output, "response").Masked().Should().Be($"Dear {Restorers.PersonValue}".Masked());
    }
}
