using PrivacyProxy.Dashboard.Access;
using PrivacyProxy.Dashboard.Api;
using PrivacyProxy.Dashboard.Pages;

namespace PrivacyProxy.Dashboard;

/// <summary>
/// The compliance dashboard under <c>/dashboard</c>: the login page is the only anonymous path; every other one
/// (pages, static files, the API, the export, unknown paths) needs a dashboard user, by cookie or HTTP Basic.
/// </summary>
internal static class DashboardEndpointRouteBuilderExtensions
{
    /// <summary>The path every dashboard URL starts with.</summary>
    public const string Prefix = "/dashboard";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        var dashboard = endpoints.MapGroup(Prefix);

        // Anonymous: the login form and its post.
        dashboard.MapDashboardLogin();

        var signedIn = dashboard.MapGroup("").RequireAuthorization(DashboardAccess.PolicyName);
        signedIn.MapDashboardLogout();

        // For scripts and SIEM pulls: /api/summary, /api/events, /api/search, /export.csv.
        signedIn.MapDashboardApi();

        // Server-rendered pages and their static files.
        signedIn.MapDashboardPages();

        // Anything else under /dashboard: 404 for a user, the login challenge for anyone else.
        signedIn.MapFallback("{**path}", static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return endpoints;
    }
}
