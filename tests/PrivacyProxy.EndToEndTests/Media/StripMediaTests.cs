using System.Net;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Media;

/// <summary>
/// <c>PrivacyProxy:Policies:&lt;name&gt;:Media=strip</c>: a screenshot a coding agent read (an image block inside a
/// tool result) is replaced by a short text note, so the turn, and every later turn that resends it, goes on.
/// </summary>
public sealed class StripMediaTests(StripMediaTests.Fixture fixture) : IClassFixture<StripMediaTests.Fixture>
{
    public sealed class Fixture : ProxyFixture
    {
        internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["PrivacyProxy:Policies:default:Media"] = "strip",
        };
    }

    private const string Image = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static string Turn(int resends)
    {
        var messages = new List<object> { new { role = "user", content = "look at the screen, my mail is " + Planted.Email } };
        for (int i = 0; i < resends; i++)
        {
            messages.Add(new { role = "assistant", content = new object[] { new { type = "tool_use", id = $"toolu_{i:00}", name = "Read", input = new { file_path = "/tmp/shot.png" } } } });
            messages.Add(new
            {
                role = "user",
                content = new object[]
                {
                    new
                    {
                        type = "tool_result",
                        tool_use_id = $"toolu_{i:00}",
                        content = new object[] { new { type = "image", source = new { type = "base64", media_type = "image/png", data = Image } } },
                    },
                },
            });
        }

        return JsonSerializer.Serialize(new { model = "deepseek-chat", max_tokens = 64, messages });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ScreenshotInToolResult_StrippedToTextNote_TurnSucceeds(int resends)
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("anthropic/v1/messages", Turn(resends));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var sent = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        sent.BodyText.Should().NotContain(Image, "the unreadable image never leaves");
        Planted.Which(sent.Everything).Should().BeEmpty("text beside the image is still scrubbed");
        int notes = sent.BodyText.Split("[image withheld by PrivacyProxy]").Length - 1;
        notes.Should().Be(resends, "each image becomes one text note");
    }

    [Fact]
    public async Task ResentTurn_StrippedPrefixByteIdentical()
    {
        fixture.Upstream.Clear();
        using var first = await fixture.PostJsonAsync("anthropic/v1/messages", Turn(1));
        using var second = await fixture.PostJsonAsync("anthropic/v1/messages", Turn(2));

        var requests = fixture.Upstream.Requests;
        requests.Should().HaveCount(2);
        var firstMessages = requests[0].Json.GetProperty("messages");
        var secondMessages = requests[1].Json.GetProperty("messages");
        for (int i = 0; i < firstMessages.GetArrayLength(); i++)
        {
            (firstMessages[i].GetRawText() == secondMessages[i].GetRawText()).Should().BeTrue("message {0} is sent the same on every turn, so the provider's prefix cache keeps working", i);
        }
    }
}
