using FluentAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using PrivacyProxy.Audit;
using PrivacyProxy.Dashboard;
using Xunit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Queries;

/// <summary>The shared filter parsing of the dashboard's pages, API and export: what it accepts, and what it refuses by name.</summary>
public sealed class DashboardQueryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public void NoParameters_TheLast24HoursUnfiltered()
    {
        var query = Parse().Query!;

        query.Period.From.Should().Be(Now.AddHours(-24));
        query.Period.To.Should().Be(Now);
        query.Filter.Should().Be(new AuditEventFilter(query.Period));
        query.Limit.Should().Be(DashboardQuery.DefaultLimit);
        query.Page.Should().BeNull();
    }

    [Fact]
    public void DateOnlyTo_IncludesThatWholeDay()
    {
        var query = Parse(("from", "2026-11-30"), ("to", "2026-11-30")).Query!;

        query.Period.From.Should().Be(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));
        query.Period.To.Should().Be(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("2026-12-01T09:30:00Z")]
    [InlineData("2026-12-01T10:30:00+01:00")]
    [InlineData("2026-12-01T10:30:00 01:00")] // "+01:00" sent without URL-encoding
    [InlineData("2026-12-01T09:30:00")] // a datetime-local field: UTC
    [InlineData("2026-12-01T09:30")]
    [InlineData("1796117400")] // Unix seconds
    public void From_EveryAcceptedSpelling_MeansTheSameInstant(string from)
    {
        var query = Parse(("from", from)).Query!;

        query.Period.From.Should().Be(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("from", "yesterday")]
    [InlineData("from", "2026-13-01")]
    [InlineData("to", "' OR 1=1 --")]
    [InlineData("action", "delete")]
    [InlineData("upstream", "cloud")]
    [InlineData("page", "; DROP TABLE audit_events")]
    [InlineData("limit", "4096")]
    [InlineData("limit", "1001")]
    [InlineData("limit", "-5")]
    public void BadParameter_RefusedNamingTheParameterNeverTheValue(string name, string value)
    {
        var error = Parse((name, value)).Error;

        error.Should().NotBeNull();
        error!.Parameter.Should().Be(name);
        error.Message.Should().NotContain(value);
    }

    [Fact]
    public void ToBeforeFrom_Refused()
    {
        Parse(("from", "2026-12-01"), ("to", "2026-11-01")).Error!.Parameter.Should().Be("to");
    }

    [Fact]
    public void TextFilterLongerThanAnyName_Refused()
    {
        Parse(("team", new string('t', 257))).Error!.Parameter.Should().Be("team");
        Parse(("team", new string('t', 256))).Query!.Filter.Team.Should().HaveLength(256);
    }

    [Fact]
    public void Filters_ReadAsTheStoreCompares_ThemCaseNormalisedWhereNamesAreUpperCase()
    {
        var filter = Parse(
            ("team", " team-a "), ("caller", "ci-bot"), ("category", "secret"), ("type", "aws_access_key"),
            ("action", "Route-Local"), ("upstream", "LOCAL")).Query!.Filter;

        filter.Team.Should().Be("team-a");
        filter.Caller.Should().Be("ci-bot");
        filter.Category.Should().Be("SECRET");
        filter.Type.Should().Be("AWS_ACCESS_KEY");
        filter.Action.Should().Be(AuditAction.RouteLocal);
        filter.Upstream.Should().Be(AuditUpstream.Local);
    }

    [Fact]
    public void BlankParameters_MeanNotFiltered()
    {
        var query = Parse(("team", ""), ("action", "  "), ("from", ""), ("limit", "")).Query!;

        query.Filter.Team.Should().BeNull();
        query.Filter.Action.Should().BeNull();
        query.Limit.Should().Be(DashboardQuery.DefaultLimit);
    }

    [Fact]
    public void FilterQueryString_ReadsBackToTheSameFilter()
    {
        var query = Parse(("from", "2026-11-30T08:00:00Z"), ("to", "2026-11-30T20:15:30Z"), ("team", "a&b=c"), ("category", "GOV_ID"), ("action", "block"), ("upstream", "none")).Query!;

        var again = DashboardQuery.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.FilterQueryString().Value)), Now).Query!;

        again.Filter.Should().Be(query.Filter);
    }

    [Fact]
    public void RandomParameters_NeverThrow_AndAnAcceptedPeriodIsNeverInverted()
    {
        var random = new Random(20261201);
        string[] names = ["from", "to", "team", "caller", "category", "type", "action", "upstream", "page", "limit"];
        string[] pieces = ["2026-12-01", "T", "10:00", ":00", "Z", "+", " ", "-", "'", "\"", ";", "%", "_", "\\", "1", "99999999999", "block", ".", "\u00FF", "\0"];
        for (var trial = 0; trial < 2000; trial++)
        {
            var parameters = new List<(string, string)>();
            for (var p = random.Next(0, 5); p > 0; p--)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
                parameters.Add((names[random.Next(names.Length)], text));
            }

            var result = Parse([.. parameters]);

            (result.Query is null).Should().Be(result.Error is not null, "trial {0}", trial);
            if (result.Query is { } query)
            {
                query.Period.To.Should().BeOnOrAfter(query.Period.From, "trial {0}", trial);
            }
        }
    }

    private static DashboardQueryResult Parse(params (string Name, string Value)[] parameters)
    {
        var values = parameters.GroupBy(static p => p.Name).ToDictionary(static g => g.Key, static g => new StringValues([.. g.Select(static p => p.Value)]));
        return DashboardQuery.Parse(new QueryCollection(values), Now);
    }
}
