using System.Globalization;
using System.Net;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary><c>GET /dashboard/api/events</c>: the event fields, each filter, and hostile filter texts.</summary>
public sealed class EventsApiTests(ApiRunFixture run) : IClassFixture<ApiRunFixture>
{
    public static TheoryData<string> SqlMetacharacters => new()
    {
        "' OR 1=1 --",
        "\"; DROP TABLE audit_events; --",
        "%",
        "_",
        "\\",
        "team-redact' OR '1'='1",
        "*",
    };

    [Fact]
    public async Task Events_EveryFieldCamelCase_NewestFirst()
    {
        var events = await run.Api.AllEventsAsync("");

        events.Should().HaveCount(ApiRunFixture.Steps.Count);
        var times = events.Select(static e => DateTimeOffset.Parse(e.GetProperty("time").GetString()!, CultureInfo.InvariantCulture)).ToList();
        times.Should().BeInDescendingOrder();
        events.Select(static e => e.GetProperty("time").GetString()).Should().AllSatisfy(static t => t.Should().EndWith("Z"));

        var redact = events.Last(static e => e.GetProperty("team").GetString() == "team-redact");
        redact.EnumerateObject().Select(static p => p.Name).Should().Equal(
            "id", "time", "requestId", "caller", "team", "route", "protocol", "upstream", "model", "policy", "action",
            "shadowPolicy", "shadowAction", "findings", "fingerprints", "placeholdersIssued", "placeholdersMangled",
            "bytesIn", "bytesOut", "scanMs", "upstreamMs", "status");
        redact.GetProperty("caller").GetString().Should().Be("redact-caller");
        redact.GetProperty("upstream").GetString().Should().Be("hosted");
        redact.GetProperty("action").GetString().Should().Be("redact");
        redact.GetProperty("shadowPolicy").GetString().Should().Be("block-secrets");
        redact.GetProperty("shadowAction").GetString().Should().Be("block");
        redact.GetProperty("status").GetInt32().Should().Be(200);
        redact.GetProperty("bytesIn").GetInt64().Should().Be(run.Sent[0].BytesIn);
        redact.GetProperty("placeholdersIssued").GetInt32().Should().Be(ApiRunFixture.Steps[0].Categories.Count);
        redact.GetProperty("findings").EnumerateArray().Select(static f => f.GetProperty("category").GetString())
            .Should().BeEquivalentTo(ApiRunFixture.Steps[0].Categories);
        var finding = redact.GetProperty("findings")[0];
        finding.EnumerateObject().Select(static p => p.Name).Should().Equal("category", "type", "rule", "count");
        var print = redact.GetProperty("fingerprints")[0];
        print.EnumerateObject().Select(static p => p.Name).Should().Equal("keyId", "hash", "category", "type");
        print.GetProperty("hash").GetString().Should().MatchRegex("^[0-9a-f]{32}$");

        var block = events.First(static e => e.GetProperty("action").GetString() == "block");
        block.GetProperty("shadowPolicy").ValueKind.Should().Be(JsonValueKind.Null, "team-block has no shadow policy");
        block.GetProperty("shadowAction").ValueKind.Should().Be(JsonValueKind.Null);
        block.GetProperty("upstream").GetString().Should().Be("none");
        block.GetProperty("status").GetInt32().Should().Be(403);
        Planted.AnyIn(JsonSerializer.Serialize(events)).Should().BeFalse("an event holds names, counts and fingerprints only");
    }

    [Theory]
    [InlineData("team=team-block", "team")]
    [InlineData("team=-dash-team", "team")]
    [InlineData("caller=local-caller", "caller")]
    [InlineData("action=block", "action")]
    [InlineData("action=ROUTE-LOCAL", "action")]
    [InlineData("upstream=local", "upstream")]
    [InlineData("upstream=none", "upstream")]
    [InlineData("upstream=hosted", "upstream")]
    public async Task Filter_ByEventField_ListsExactlyItsEvents(string query, string field)
    {
        var value = query[(query.IndexOf('=') + 1)..].ToLowerInvariant();
        Func<ApiStep, string> of = field switch
        {
            "team" => static s => s.Team,
            "caller" => static s => s.Caller,
            "action" => static s => s.Action,
            _ => static s => s.Upstream,
        };

        var events = await run.Api.AllEventsAsync(query, limit: 2);

        events.Should().HaveCount(ApiRunFixture.Count(s => of(s) == value)).And.NotBeEmpty();
        events.Should().AllSatisfy(e => e.GetProperty(field).GetString().Should().Be(value));
    }

    [Theory]
    [InlineData("category=GOV_ID", "GOV_ID")]
    [InlineData("category=contact", "CONTACT")]
    [InlineData("type=US_SSN", "GOV_ID")]
    public async Task Filter_ByFinding_ListsTheEventsThatHoldIt(string query, string category)
    {
        var events = await run.Api.AllEventsAsync(query);

        events.Should().HaveCount(ApiRunFixture.Count(s => s.Categories.Contains(category))).And.NotBeEmpty();
        events.Should().AllSatisfy(e => e.GetProperty("findings").EnumerateArray()
            .Select(static f => f.GetProperty("category").GetString()).Should().Contain(category));
    }

    [Fact]
    public async Task Filter_Combined_Intersects()
    {
        var events = await run.Api.AllEventsAsync("team=team-redact&category=SECRET&action=redact&upstream=hosted");

        events.Should().HaveCount(ApiRunFixture.Count(static s => s.Team == "team-redact"));
        (await run.Api.AllEventsAsync("team=team-block&upstream=hosted")).Should().BeEmpty();
    }

    [Fact]
    public async Task Filter_PeriodOutsideTheRun_Empty()
    {
        var answer = await run.Api.GetAsync("dashboard/api/events?from=2020-01-01&to=2020-01-31");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Json.GetProperty("events").GetArrayLength().Should().Be(0);
        answer.Json.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [MemberData(nameof(SqlMetacharacters))]
    public async Task SqlMetacharacters_InTextFilters_MatchNothing(string text)
    {
        foreach (var name in new[] { "team", "caller", "category", "type" })
        {
            var answer = await run.Api.GetAsync($"dashboard/api/events?{name}={Uri.EscapeDataString(text)}");

            answer.Status.Should().Be(HttpStatusCode.OK, "filter {0} is a value, never SQL", name);
            answer.Json.GetProperty("events").GetArrayLength().Should().Be(0, "filter {0} matches no name", name);
        }

        await StillHoldsEveryEventAsync();
    }

    [Theory]
    [MemberData(nameof(SqlMetacharacters))]
    public async Task SqlMetacharacters_InClosedParameters_400NamingTheParameter(string text)
    {
        foreach (var name in new[] { "action", "upstream", "page", "limit", "from", "to" })
        {
            var answer = await run.Api.GetAsync($"dashboard/api/events?{name}={Uri.EscapeDataString(text)}");

            answer.Status.Should().Be(HttpStatusCode.BadRequest, "parameter {0}", name);
            var error = answer.Json.GetProperty("error");
            error.GetProperty("code").GetString().Should().Be("invalid_query");
            error.GetProperty("parameter").GetString().Should().Be(name);
            error.GetProperty("message").GetString().Should().NotContain(text, "the answer never echoes the parameter");
        }

        await StillHoldsEveryEventAsync();
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("page=12", "page")]
    public async Task BadParameter_400(string query, string parameter)
    {
        var answer = await run.Api.GetAsync("dashboard/api/events?" + query);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Json.GetProperty("error").GetProperty("parameter").GetString().Should().Be(parameter);
    }

    [Fact]
    public async Task TextFilterLongerThanAnyName_400()
    {
        var answer = await run.Api.GetAsync("dashboard/api/events?caller=" + new string('a', 257));

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Json.GetProperty("error").GetProperty("parameter").GetString().Should().Be("caller");
    }

    private async Task StillHoldsEveryEventAsync()
    {
        var summary = await run.Api.GetAsync("dashboard/api/summary");
        summary.Json.GetProperty("requests").GetInt64().Should().Be(ApiRunFixture.Steps.Count, "the table still holds every row");
    }
}
