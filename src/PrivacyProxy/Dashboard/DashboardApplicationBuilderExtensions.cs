using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.Dashboard;

/// <summary>The dashboard's middleware, for /dashboard paths only: proxied requests never pass through it.</summary>
internal static class DashboardApplicationBuilderExtensions
{
    public static IApplicationBuilder UseDashboard(this IApplicationBuilder app)
    {
        // Security headers, authentication, authorization and antiforgery; anonymous requests end here.
        app.UseDashboardAccess();

        return app.UseWhen(
            static context => context.Request.Path.StartsWithSegments(DashboardEndpointRouteBuilderExtensions.Prefix),
            static branch => branch.UseMiddleware<AuditCatchUpMiddleware>());
    }
}
