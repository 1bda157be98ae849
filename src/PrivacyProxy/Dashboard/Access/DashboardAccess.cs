namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Who may see the dashboard. STUB (helper "dashaccess" replaces it): users from configuration, cookie sign-in
/// and HTTP Basic, lock-out, security headers, antiforgery.
/// </summary>
internal static class DashboardAccess
{
    /// <summary>The authorization policy every signed-in dashboard endpoint requires.</summary>
    public const string PolicyName = "PrivacyProxy.Dashboard";

    public static IServiceCollection AddDashboardAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication();
        services.AddAuthorization(options => options.AddPolicy(PolicyName, policy => policy.RequireAssertion(static _ => false)));
        services.AddAntiforgery();
        return services;
    }

    /// <summary>Security headers, authentication, authorization and antiforgery, for /dashboard paths only.</summary>
    public static IApplicationBuilder UseDashboardAccess(this IApplicationBuilder app) =>
        app.UseWhen(
            static context => context.Request.Path.StartsWithSegments(DashboardEndpointRouteBuilderExtensions.Prefix),
            static branch => branch.UseAuthentication().UseAuthorization().UseAntiforgery());

    public static RouteGroupBuilder MapDashboardLogin(this RouteGroupBuilder dashboard) => dashboard;

    public static RouteGroupBuilder MapDashboardLogout(this RouteGroupBuilder signedIn) => signedIn;
}
