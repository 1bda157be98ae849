using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>Links to the events page and the CSV export for a query, optionally narrowed by one more filter.</summary>
internal static class EventsLink
{
    public const string EventsPath = DashboardEndpointRouteBuilderExtensions.Prefix + "/events";
    public const string ExportPath = DashboardEndpointRouteBuilderExtensions.Prefix + "/export.csv";

    /// <summary>The events page for <paramref name="query"/>'s period and filters with <paramref name="filter"/> set to <paramref name="value"/>.</summary>
    public static string For(DashboardQuery query, string filter, string value)
    {
        var narrowed = filter switch
        {
            "team" => query.Filter with { Team = value },
            "caller" => query.Filter with { Caller = value },
            "category" => query.Filter with { Category = value },
            "type" => query.Filter with { Type = value },
            "upstream" => query.Filter with { Upstream = AuditNames.ParseUpstream(value) },
            _ => throw new ArgumentOutOfRangeException(nameof(filter), "Not an events filter."),
        };
        return EventsPath + (query with { Filter = narrowed }).FilterQueryString();
    }
}
