using System.Text.Json;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// What an anonymous request is told: a page path is redirected to the login page (coming back afterwards); the API
/// and the export answer 401 with an HTTP Basic challenge and a JSON error, as scripts expect.
/// </summary>
internal static class DashboardChallenge
{
    public const string LoginPath = DashboardEndpointRouteBuilderExtensions.Prefix + "/login";

    public const string BasicChallenge = "Basic realm=\"PrivacyProxy dashboard\", charset=\"UTF-8\"";

    private static readonly byte[] UnauthorizedBody = JsonSerializer.SerializeToUtf8Bytes(new
    {
        error = new { code = "unauthorized", message = "Sign in with a dashboard user: HTTP Basic or the login cookie." },
    });

    /// <summary>True for the paths scripts call: <c>/dashboard/api/*</c> and <c>/dashboard/export.csv</c>.</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments(DashboardEndpointRouteBuilderExtensions.Prefix + "/api", StringComparison.OrdinalIgnoreCase)
        || path.Equals(DashboardEndpointRouteBuilderExtensions.Prefix + "/export.csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cookie scheme's challenge: the login redirect for pages, <see cref="WriteUnauthorizedAsync"/> for the API.</summary>
    public static Task RedirectOrRefuseAsync(HttpContext context)
    {
        if (IsApi(context.Request.Path))
        {
            return WriteUnauthorizedAsync(context);
        }

        var request = context.Request;
        string back = request.PathBase + request.Path + request.QueryString;
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = request.PathBase + LoginPath + QueryString.Create("returnUrl", back);
        return Task.CompletedTask;
    }

    /// <summary>401 with the Basic challenge and <c>{"error":{"code":"unauthorized","message":...}}</c>.</summary>
    public static Task WriteUnauthorizedAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = BasicChallenge;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = UnauthorizedBody.Length;
        return response.Body.WriteAsync(UnauthorizedBody, context.RequestAborted).AsTask();
    }
}
