namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// The dashboard's API for scripts and SIEM pulls, and the CSV export: <c>GET api/summary</c>, <c>GET api/events</c>,
/// <c>POST api/search</c>, <c>GET export.csv</c>. Every answer is JSON (errors too: <see cref="ApiErrors"/>) except
/// the export; a disabled audit trail or an unreachable store answers 503 (<see cref="AuditApiFilter"/>).
/// </summary>
internal static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder signedIn)
    {
        var api = signedIn.MapGroup("").AddEndpointFilter<AuditApiFilter>();
        api.MapGet("/api/summary", SummaryEndpoint.HandleAsync);
        api.MapGet("/api/events", EventsEndpoint.HandleAsync);
        api.MapPost("/api/search", SearchEndpoint.HandleAsync);
        api.MapGet("/export.csv", CsvExportEndpoint.HandleAsync);
        return signedIn;
    }
}
