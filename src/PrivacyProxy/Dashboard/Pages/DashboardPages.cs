using PrivacyProxy.Dashboard.Static;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>The server-rendered pages and their static files; every page answers 503 when the audit store fails.</summary>
internal static class DashboardPages
{
    public static RouteGroupBuilder MapDashboardPages(this RouteGroupBuilder signedIn)
    {
        signedIn.MapGet("/", PageErrors.WhenStoreFails(DashboardNav.Overview, OverviewPage.RenderAsync));
        signedIn.MapGet("/events", PageErrors.WhenStoreFails(DashboardNav.Events, EventsPage.RenderAsync));
        signedIn.MapGet("/breakdowns", PageErrors.WhenStoreFails(DashboardNav.Breakdowns, BreakdownsPage.RenderAsync));
        signedIn.MapGet("/search", PageErrors.WhenStoreFails(DashboardNav.Search, SearchPage.RenderFormAsync));
        signedIn.MapPost("/search", PageErrors.WhenStoreFails(DashboardNav.Search, SearchPage.RenderResultsAsync));
        signedIn.MapGet("/policies", PageErrors.WhenStoreFails(DashboardNav.Policies, PoliciesPage.RenderAsync));
        signedIn.MapDashboardStatic();
        return signedIn;
    }
}
