using System.Net;
using System.Text;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary><c>POST /dashboard/api/search</c>: "did this value leave?", and every way to send it badly.</summary>
public sealed class SearchApiTests(ApiRunFixture run) : IClassFixture<ApiRunFixture>
{
    [Theory]
    [InlineData(Planted.Card, "FINANCIAL")]
    [InlineData("4111-1111-1111-1111", "FINANCIAL")]
    [InlineData(Planted.Ssn, "GOV_ID")]
    [InlineData(Planted.Email, "CONTACT")]
    [InlineData(Planted.AwsKey, "SECRET")]
    public async Task Search_PlantedValue_ListsTheEventsThatHeldIt(string value, string category)
    {
        var answer = await run.Api.SearchAsync(value);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Json.GetProperty("fingerprint").GetString().Should().NotBeNullOrEmpty();
        var events = answer.Json.GetProperty("events").EnumerateArray().ToList();
        var holding = ApiRunFixture.Steps.Where(s => s.Categories.Contains(category)).ToList();
        events.Should().HaveCount(holding.Count);
        events.Select(static e => e.GetProperty("upstream").GetString())
            .Should().BeEquivalentTo(holding.Select(static s => s.Upstream), "hosted, local and blocked (none) are told apart");
        events.Select(static e => e.GetProperty("team").GetString()).Should().BeEquivalentTo(holding.Select(static s => s.Team));
        Planted.AnyIn(answer.Body).Should().BeFalse("the answer never echoes the value");
    }

    [Fact]
    public async Task Search_ValueNeverSent_NoEvents()
    {
        var answer = await run.Api.SearchAsync("5500 0000 0000 0004");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Json.GetProperty("fingerprint").GetString().Should().NotBeNullOrEmpty();
        answer.Json.GetProperty("events").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Search_EmptyValue_400InvalidValue(string value)
    {
        var answer = await run.Api.SearchAsync(value);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.ErrorCode.Should().Be("invalid_value");
    }

    [Fact]
    public async Task Search_ValueLongerThanSearched_400InvalidValue()
    {
        var answer = await run.Api.SearchAsync(Planted.Card + new string('7', 20_000));

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.ErrorCode.Should().Be("invalid_value");
        Planted.AnyIn(answer.Body).Should().BeFalse();
    }

    [Fact]
    public async Task Search_BodyOver64KiB_413()
    {
        var answer = await run.Api.PostAsync("dashboard/api/search", Json("{\"value\":\"" + Planted.Card + new string('7', 70_000) + "\"}"));

        answer.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        answer.ErrorCode.Should().Be("payload_too_large");
    }

    [Theory]
    [InlineData("{\"value\":\"" + Planted.Card)]
    [InlineData("{\"value\":\"" + Planted.Card + "\",}")]
    [InlineData("\"" + Planted.Card + "\"")]
    [InlineData("{\"value\":\"" + Planted.Card + "\"} {}")]
    [InlineData("")]
    [InlineData("[]")]
    public async Task Search_MalformedJson_400InvalidJson(string body)
    {
        var answer = await run.Api.PostAsync("dashboard/api/search", Json(body));

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.ErrorCode.Should().Be("invalid_json");
        Planted.AnyIn(answer.Body).Should().BeFalse("the refusal never quotes the body");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"valu\":\"" + Planted.Card + "\"}")]
    [InlineData("{\"value\":4111111111111111}")]
    [InlineData("{\"value\":null}")]
    [InlineData("{\"value\":[\"" + Planted.Card + "\"]}")]
    [InlineData("{\"value\":\"" + Planted.Card + "\",\"value\":\"x\"}")]
    public async Task Search_MissingOrNonStringValue_400InvalidValue(string body)
    {
        var answer = await run.Api.PostAsync("dashboard/api/search", Json(body));

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.ErrorCode.Should().Be("invalid_value");
        Planted.AnyIn(answer.Body).Should().BeFalse();
    }

    [Fact]
    public async Task Search_OtherMembersIgnored()
    {
        var answer = await run.Api.PostAsync("dashboard/api/search", Json("{\"note\":{\"a\":[1,2]},\"value\":\"" + Planted.Ssn + "\"}"));

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Json.GetProperty("events").GetArrayLength().Should().Be(ApiRunFixture.Count(static s => s.Categories.Contains("GOV_ID")));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task Search_NotJson_415(string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"value\":\"" + Planted.Card + "\"}"));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var answer = await run.Api.PostAsync("dashboard/api/search", content);

        answer.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        answer.ErrorCode.Should().Be("unsupported_media_type");
    }

    [Fact]
    public async Task Search_NoValueReachesTheLogs()
    {
        foreach (var value in Planted.All)
        {
            (await run.Api.SearchAsync(value)).Status.Should().Be(HttpStatusCode.OK);
        }

        (await run.Api.PostAsync("dashboard/api/search", Json("{\"value\":\"" + Planted.Email))).Status.Should().Be(HttpStatusCode.BadRequest);
        (await run.Api.PostAsync("dashboard/api/search", Json("{\"value\":" + Planted.Ip + "}"))).Status.Should().Be(HttpStatusCode.BadRequest);
        (await run.Api.SearchAsync(Planted.AwsKey + new string('x', 20_000))).Status.Should().Be(HttpStatusCode.BadRequest);

        var leaked = run.Api.Proxy.Logs.Entries.Where(Planted.AnyIn).ToList();
        leaked.Should().BeEmpty("no log entry holds a planted value (leaked: {0})", string.Join(", ", leaked.Select(Planted.Which)));
    }

    private static ByteArrayContent Json(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }
}
