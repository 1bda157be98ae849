using System.Net;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary><c>GET /dashboard/export.csv</c>: what is filtered, as RFC 4180 CSV a spreadsheet opens safely.</summary>
public sealed class CsvExportTests(ApiRunFixture run) : IClassFixture<ApiRunFixture>
{
    private static readonly string[] Header =
    [
        "id", "time", "requestId", "caller", "team", "route", "protocol", "upstream", "model", "policy", "action",
        "shadowPolicy", "shadowAction", "findings", "placeholdersIssued", "placeholdersMangled", "bytesIn", "bytesOut",
        "scanMs", "upstreamMs", "status",
    ];

    [Fact]
    public async Task Export_HeaderThenOneRowPerEvent_SameAsTheApi()
    {
        var answer = await run.Api.GetAsync("dashboard/export.csv?from=2020-01-01&to=2100-01-01");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("text/csv; charset=utf-8");
        answer.ContentDisposition.Should().Be("attachment; filename=\"privacyproxy-audit-20200101T000000Z-21000102T000000Z.csv\"");
        var rows = CsvText.Parse(answer.Body);
        rows[0].Should().Equal(Header);
        rows.Skip(1).Should().AllSatisfy(r => r.Should().HaveCount(Header.Length));

        var events = await run.Api.AllEventsAsync("from=2020-01-01&to=2100-01-01");
        rows.Skip(1).Select(static r => r[0]).Should().Equal(events.Select(static e => e.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "newest first, like the API");
        Planted.AnyIn(answer.Body).Should().BeFalse();
    }

    [Fact]
    public async Task Export_FindingsColumn_CategoryTypeRuleCount()
    {
        var rows = CsvText.Parse((await run.Api.GetAsync("dashboard/export.csv?team=team-local")).Body);

        rows.Should().HaveCount(1 + ApiRunFixture.Count(static s => s.Team == "team-local"));
        rows.Skip(1).Should().AllSatisfy(static r => r[13].Should().MatchRegex(@"^GOV_ID/US_SSN/[a-z0-9._:/-]+ x1$"));
        rows.Skip(1).Should().AllSatisfy(static r => r[10].Should().Be("route-local"));
    }

    [Theory]
    [InlineData("team=team-block", 4, "team-block")]
    [InlineData("action=route-local", 10, "route-local")]
    [InlineData("upstream=none", 7, "none")]
    [InlineData("caller=redact-caller", 3, "redact-caller")]
    public async Task Export_Filters_Applied(string query, int column, string expected)
    {
        var rows = CsvText.Parse((await run.Api.GetAsync("dashboard/export.csv?" + query)).Body);

        rows.Count.Should().BeGreaterThan(1);
        rows.Skip(1).Should().AllSatisfy(r => r[column].Should().Be(expected));
    }

    [Fact]
    public async Task Export_FormulaStart_PrefixedWithQuote()
    {
        var rows = CsvText.Parse((await run.Api.GetAsync("dashboard/export.csv?team=-dash-team")).Body);

        rows.Should().HaveCount(2);
        rows[1][3].Should().Be("'" + ApiProxy.DashCaller, "a cell starting with '-' would be read as a formula");
        rows[1][4].Should().Be("'" + ApiProxy.DashTeam);
    }

    [Fact]
    public async Task Export_NoMatch_HeaderOnly()
    {
        var rows = CsvText.Parse((await run.Api.GetAsync("dashboard/export.csv?team=%27%20OR%201%3D1%20--")).Body);

        rows.Should().ContainSingle().Which.Should().Equal(Header);
    }

    [Fact]
    public async Task Export_BadFilter_400Json()
    {
        var answer = await run.Api.GetAsync("dashboard/export.csv?action=drop");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Json.GetProperty("error").GetProperty("parameter").GetString().Should().Be("action");
    }
}
