namespace PrivacyProxy.Dashboard.Api;

/// <summary>STUB (helper "dashapi" replaces it): the API for scripts and SIEM pulls, and the CSV export.</summary>
internal static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder signedIn) => signedIn;
}
