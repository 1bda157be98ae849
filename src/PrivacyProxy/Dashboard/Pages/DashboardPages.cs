namespace PrivacyProxy.Dashboard.Pages;

/// <summary>STUB (helper "dashpages" replaces it): the server-rendered pages and their static files.</summary>
internal static class DashboardPages
{
    public static RouteGroupBuilder MapDashboardPages(this RouteGroupBuilder signedIn) => signedIn;
}
