using System.Net;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary><c>GET /dashboard/api/summary</c> over a run of real proxied requests.</summary>
public sealed class SummaryApiTests(ApiRunFixture run) : IClassFixture<ApiRunFixture>
{
    [Fact]
    public async Task Summary_CountsEveryRequestOnce()
    {
        var summary = await run.Api.GetAsync("dashboard/api/summary");

        summary.Status.Should().Be(HttpStatusCode.OK);
        summary.ContentType.Should().StartWith("application/json");
        summary.Json.GetProperty("requests").GetInt64().Should().Be(ApiRunFixture.Steps.Count);
    }

    [Fact]
    public async Task Summary_FindingsPerCategoryAndRequestsPerAction()
    {
        var json = (await run.Api.GetAsync("dashboard/api/summary")).Json;

        var expectedFindings = ApiRunFixture.Steps.SelectMany(static s => s.Categories).GroupBy(static c => c)
            .ToDictionary(static g => g.Key, static g => (long)g.Count());
        Counts(json.GetProperty("findings")).Should().Equal(expectedFindings);

        var actions = Counts(json.GetProperty("actions"));
        actions.Keys.Should().BeEquivalentTo(["allow", "audit-only", "redact", "mask", "route-local", "block", "refuse"]);
        foreach (var (action, count) in actions)
        {
            count.Should().Be(ApiRunFixture.Count(s => s.Action == action), "requests with action {0}", action);
        }
    }

    [Fact]
    public async Task Summary_BlockedLocalMaskedAndPlaceholders()
    {
        var json = (await run.Api.GetAsync("dashboard/api/summary")).Json;

        json.GetProperty("blocked").GetInt64().Should().Be(ApiRunFixture.Count(static s => s.Action == "block"));
        json.GetProperty("routedLocal").GetInt64().Should().Be(ApiRunFixture.Count(static s => s.Upstream == "local"));
        json.GetProperty("masked").GetInt64().Should().Be(ApiRunFixture.Count(static s => s.Action == "redact"));
        var placeholders = json.GetProperty("placeholders");
        placeholders.GetProperty("issued").GetInt64().Should().Be(
            ApiRunFixture.Steps.Where(static s => s.Action == "redact").Sum(static s => s.Categories.Count), "one placeholder per value redacted");
        placeholders.GetProperty("mangled").GetInt64().Should().Be(0);
    }

    [Fact]
    public async Task Summary_PeriodBeforeTheRun_CountsNothingAndEchoesThePeriod()
    {
        var json = (await run.Api.GetAsync("dashboard/api/summary?from=2020-01-01&to=2020-01-02")).Json;

        json.GetProperty("requests").GetInt64().Should().Be(0);
        json.GetProperty("findings").EnumerateObject().Should().BeEmpty();
        json.GetProperty("from").GetString().Should().Be("2020-01-01T00:00:00.000Z");
        json.GetProperty("to").GetString().Should().Be("2020-01-03T00:00:00.000Z", "a date-only 'to' includes that whole day");
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-45", "to")]
    [InlineData("from=2026-02-02&to=2026-01-31", "to")]
    public async Task Summary_BadPeriod_400NamingTheParameter(string query, string parameter)
    {
        var answer = await run.Api.GetAsync("dashboard/api/summary?" + query);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        var error = answer.Json.GetProperty("error");
        error.GetProperty("code").GetString().Should().Be("invalid_query");
        error.GetProperty("parameter").GetString().Should().Be(parameter);
        error.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
    }

    private static Dictionary<string, long> Counts(JsonElement json) =>
        json.EnumerateObject().ToDictionary(static p => p.Name, static p => p.Value.GetInt64());
}
