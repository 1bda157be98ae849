using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using PrivacyProxy.Auditing;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// One signed-in page being written: the layout around it (navigation, the signed-in user, the logout form, the
/// audit-off banner) and the <c>main#content</c> the page fills. Pages are written whole in memory, then sent.
/// </summary>
internal sealed class PageFrame
{
    public const string StylesheetPath = DashboardEndpointRouteBuilderExtensions.Prefix + "/static/dashboard.css";
    public const string ScriptPath = DashboardEndpointRouteBuilderExtensions.Prefix + "/static/dashboard.js";

    private PageFrame(HttpContext http, HtmlWriter html, bool auditEnabled)
    {
        Http = http;
        Html = html;
        AuditEnabled = auditEnabled;
    }

    public HttpContext Http { get; }

    public HtmlWriter Html { get; }

    /// <summary>False when <c>PrivacyProxy:Audit:Enabled=false</c>: the page shows the banner and asks the store nothing.</summary>
    public bool AuditEnabled { get; }

    /// <summary>Writes everything up to and including the page's <c>h1</c> inside <c>main#content</c>.</summary>
    public static PageFrame Start(HttpContext http, DashboardNav current, string heading)
    {
        var auditEnabled = http.RequestServices.GetRequiredService<IOptions<AuditOptions>>().Value.Enabled;
        var html = new HtmlWriter().Doctype()
            .Open("html", ("lang", "en"))
            .Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Void("meta", ("name", "referrer"), ("content", "no-referrer"))
            .Element("title", "PrivacyProxy - " + heading)
            .Void("link", ("rel", "stylesheet"), ("href", StylesheetPath))
            .Element("script", null, ("src", ScriptPath), ("defer", "defer"))
            .Close()
            .Open("body");
        WriteHeader(http, html, current);
        if (!auditEnabled)
        {
            html.Element("p", "The audit trail is off (PrivacyProxy:Audit:Enabled=false): nothing is recorded, so there is nothing to show.", ("id", "audit-off"), ("class", "banner"), ("role", "status"));
        }

        html.Open("main", ("id", "content")).Element("h1", heading);
        return new PageFrame(http, html, auditEnabled);
    }

    /// <summary>Closes the page and answers it with <paramref name="status"/>.</summary>
    public IResult Finish(int status = StatusCodes.Status200OK)
    {
        Html.Close().Close().Close();
        return Results.Content(Html.ToString(), "text/html; charset=utf-8", null, status);
    }

    /// <summary>The hidden antiforgery field of a form posted back to the dashboard.</summary>
    public static void AntiforgeryField(HttpContext http, HtmlWriter html)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        html.Void("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));
    }

    private static void WriteHeader(HttpContext http, HtmlWriter html, DashboardNav current)
    {
        html.Open("header", ("class", "top"))
            .Element("span", "PrivacyProxy", ("class", "brand"))
            .Open("nav", ("id", "dashboard-nav"), ("aria-label", "Dashboard"))
            .Open("ul");
        foreach (var (page, path, name, text) in DashboardNavLinks.All)
        {
            html.Open("li")
                .Element("a", text, ("href", path), ("data-nav", name), ("aria-current", page == current ? "page" : null))
                .Close();
        }

        html.Close().Close()
            .Open("div", ("class", "user"))
            .Element("span", "Signed in as", ("class", "muted"))
            .Text(" ")
            .Element("span", http.User.Identity?.Name ?? "", ("id", "signed-in-user"))
            .Open("form", ("id", "logout-form"), ("method", "post"), ("action", DashboardEndpointRouteBuilderExtensions.Prefix + "/logout"));
        AntiforgeryField(http, html);
        html.Element("button", "Sign out", ("id", "logout"), ("type", "submit"))
            .Close()
            .Close()
            .Close();
    }
}
