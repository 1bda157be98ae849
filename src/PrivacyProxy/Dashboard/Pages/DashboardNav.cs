namespace PrivacyProxy.Dashboard.Pages;

/// <summary>The signed-in pages, in the order of the navigation bar.</summary>
internal enum DashboardNav
{
    Overview,
    Events,
    Breakdowns,
    Search,
    Policies,
}

/// <summary>Each page's path, its <c>data-nav</c> name and its link text.</summary>
internal static class DashboardNavLinks
{
    public static readonly IReadOnlyList<(DashboardNav Page, string Path, string Name, string Text)> All =
    [
        (DashboardNav.Overview, DashboardEndpointRouteBuilderExtensions.Prefix, "overview", "Overview"),
        (DashboardNav.Events, DashboardEndpointRouteBuilderExtensions.Prefix + "/events", "events", "Events"),
        (DashboardNav.Breakdowns, DashboardEndpointRouteBuilderExtensions.Prefix + "/breakdowns", "breakdowns", "Breakdowns"),
        (DashboardNav.Search, DashboardEndpointRouteBuilderExtensions.Prefix + "/search", "search", "Did this value leave?"),
        (DashboardNav.Policies, DashboardEndpointRouteBuilderExtensions.Prefix + "/policies", "policies", "Policies"),
    ];

    public static string PathOf(DashboardNav page) => All[(int)page].Path;
}
