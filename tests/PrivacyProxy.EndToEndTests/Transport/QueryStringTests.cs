using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Transport;

/// <summary>
/// Query strings are decoded until stable before scanning (issue 7, item 6): a planted value percent-encoded once,
/// twice or three times, with <c>+</c> for spaces, or cued by the parameter name, never reaches the upstream; a query
/// nested deeper than the bound is refused and nothing is forwarded; a clean query leaves byte for byte.
/// </summary>
public sealed class QueryStringTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    public static TheoryData<string, int, bool> Encodings => new()
    {
        // value template, times percent-encoded, spaces as '+'
        { "{KEY}", 1, false },
        { "key: {KEY}", 2, false },
        { "key: {KEY}", 3, true },
        { "card {CARD}", 1, true },
        { "card {CARD}", 2, true },
        { "card {CARD}", 3, false },
        { "mail {MAIL}", 2, false },
        { "ssn {SSN}", 3, true },
        { "server {IP}", 2, true },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task ChatCompletions_PlantedQueryValue_NeverReachesUpstream(string template, int times, bool plus)
    {
        string query = "?beta=true&note=" + Encode(Planted.Fill(template), times, plus);

        var upstream = await PostChatAsync(query);

        Leaks.In(upstream).Should().BeEmpty("a planted value in the query must not reach the upstream in any encoding");
        upstream.Query.Should().StartWith("?beta=true&note=", "other pairs are kept");
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task BodylessModelList_PlantedQueryValue_NeverReachesUpstream(string template, int times, bool plus)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();

        using var response = await client.GetAsync("v1/models?q=" + Encode(Planted.Fill(template), times, plus));

        response.IsSuccessStatusCode.Should().BeTrue();
        Leaks.In(fixture.Upstream.Requests.Should().ContainSingle().Subject).Should().BeEmpty("body-less requests are scanned in the query too");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task PlantedQueryName_NeverReachesUpstream(int times)
    {
        var upstream = await PostChatAsync("?" + Encode("key " + Planted.AwsKey, times, plus: false) + "=1");

        Leaks.In(upstream).Should().BeEmpty("a planted value in a parameter name must not reach the upstream");
    }

    [Fact]
    public async Task CleanQuery_ForwardedByteForByte()
    {
        const string query = "?beta=true&x=a%2Bb&y=hello+world&z=%7Bjson%7D";

        var upstream = await PostChatAsync(query);

        upstream.Query.Should().Be(query);
    }

    [Fact]
    public async Task QueryNestedBeyondTheBound_Refused400NothingForwarded()
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var content = new StringContent(ChatBody(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("v1/chat/completions?note=" + Encode("key " + Planted.AwsKey, 50, plus: false), content);

        ((int)response.StatusCode).Should().Be(400);
        fixture.Upstream.Requests.Should().BeEmpty("a query that cannot be decoded within the bound is not forwarded");
        Planted.AnyIn(await response.Content.ReadAsStringAsync()).Should().BeFalse("the refusal does not quote the query");
    }

    private async Task<RecordedRequest> PostChatAsync(string query)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var content = new StringContent(ChatBody(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("v1/chat/completions" + query, content);

        response.IsSuccessStatusCode.Should().BeTrue("the request is valid: {0}", (int)response.StatusCode);
        return fixture.Upstream.Requests.Should().ContainSingle().Subject;
    }

    private static string Encode(string value, int times, bool plus)
    {
        string encoded = plus ? Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal) : Uri.EscapeDataString(value);
        for (int i = 1; i < times; i++)
        {
            encoded = Uri.EscapeDataString(encoded);
        }

        return encoded;
    }

    private static string ChatBody() => JsonSerializer.Serialize(new
    {
        model = FakeReplies.DefaultModel,
        messages = new[] { new { role = "user", content = "hello" } },
    });
}
