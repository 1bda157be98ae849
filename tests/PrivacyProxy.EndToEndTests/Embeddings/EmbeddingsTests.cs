using System.Text;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Embeddings;

/// <summary>OpenAI embeddings through the proxy with the official SDK: inputs scrubbed, vectors passed unchanged.</summary>
public sealed class EmbeddingsTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    [Fact]
    public async Task Sdk_InputsWithValues_ScrubbedAndVectorsPassUnchanged()
    {
        fixture.Upstream.Clear();

        var result = await fixture.Embeddings().GenerateEmbeddingsAsync(["doc one " + Planted.Sentence, "doc two " + Planted.Email]);

        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        upstream.Path.Should().Be("/v1/embeddings");
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Json.GetProperty("input")[1].GetString().Should().Be("doc two [[EMAIL_1]]", "one value, one placeholder across inputs");
        result.Value.Should().HaveCount(2);
        result.Value[1].ToFloats().Span[0].Should().BeApproximately(1.0023064255f, 1e-6f);
    }

    [Fact]
    public async Task Raw_StringInputAndUser_ScrubbedUserHashedReplyByteExact()
    {
        fixture.Upstream.Clear();

        using var response = await fixture.PostJsonAsync("v1/embeddings", new { model = "m", input = Planted.Sentence, user = Planted.Email });

        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(EmbeddingReplies.OpenAIJson("m", 1));
        var upstream = fixture.Upstream.Requests.Should().ContainSingle().Subject;
        Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
        upstream.Json.GetProperty("user").GetString().Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        Encoding.UTF8.GetString(upstream.Body).Should().Contain("[[API_KEY_1]]");
    }
}
