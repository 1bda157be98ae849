namespace PrivacyProxy.Dashboard.Static;

/// <summary>The dashboard's stylesheet and script, served from <c>/dashboard/static/</c> to signed-in users.</summary>
internal static class StaticAssets
{
    private static readonly Lazy<StaticAsset> Stylesheet = new(static () => StaticAsset.Load("dashboard.css", "text/css; charset=utf-8"));
    private static readonly Lazy<StaticAsset> Script = new(static () => StaticAsset.Load("dashboard.js", "text/javascript; charset=utf-8"));

    public static RouteGroupBuilder MapDashboardStatic(this RouteGroupBuilder signedIn)
    {
        signedIn.MapMethods("/static/dashboard.css", [HttpMethods.Get, HttpMethods.Head], static http => Stylesheet.Value.WriteAsync(http));
        signedIn.MapMethods("/static/dashboard.js", [HttpMethods.Get, HttpMethods.Head], static http => Script.Value.WriteAsync(http));
        return signedIn;
    }
}
