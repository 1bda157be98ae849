using System.Data.Common;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>The pages a dashboard page answers instead of itself: a bad parameter (400), an unreachable store (503).</summary>
internal static class PageErrors
{
    /// <summary>400 naming the parameter and what it accepts; never its value.</summary>
    public static IResult BadQuery(HttpContext http, DashboardNav nav, DashboardQueryError error)
    {
        var page = PageFrame.Start(http, nav, "A filter could not be read");
        page.Html.Element("p", $"The parameter '{error.Parameter}' is not valid: {error.Message}", ("id", "query-error"), ("class", "error"), ("data-parameter", error.Parameter))
            .Open("p").Element("a", "Start again without filters", ("href", DashboardNavLinks.PathOf(nav))).Close();
        return page.Finish(StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// Wraps a page so a failing store answers 503 with a plain sentence: a <see cref="DbException"/>'s message can
    /// name a host, a file or a statement, so it is not shown (the host's own logging records the failure).
    /// </summary>
    public static Func<HttpContext, Task<IResult>> WhenStoreFails(DashboardNav nav, Func<HttpContext, Task<IResult>> render) =>
        async http =>
        {
            try
            {
                return await render(http);
            }
            catch (DbException)
            {
                var page = PageFrame.Start(http, nav, "The audit store is unavailable");
                page.Html.Element("p", "The audit store is unavailable. The proxy keeps working and retries its writes; try this page again in a moment.", ("id", "store-error"), ("class", "error"));
                return page.Finish(StatusCodes.Status503ServiceUnavailable);
            }
        };
}
