using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Who may see the dashboard: users from configuration, signed in by the login form (a cookie) or by HTTP Basic
/// (scripts), with lock-out and a delay after failures, antiforgery on every form and security headers on every
/// <c>/dashboard</c> response.
/// </summary>
internal static class DashboardAccess
{
    /// <summary>The authorization policy every signed-in dashboard endpoint requires.</summary>
    public const string PolicyName = "PrivacyProxy.Dashboard";

    /// <summary>Picks HTTP Basic when the request carries it, else the cookie.</summary>
    private const string SelectorScheme = "PrivacyProxy.Dashboard.Select";

    private const string CookieName = "PrivacyProxy.Dashboard";

    // The keys UseAuthentication, UseAuthorization and UseAntiforgery set (Microsoft.AspNetCore's *AppBuilderExtensions).
    private static readonly string[] MiddlewareMarks = ["__AuthenticationMiddlewareSet", "__AuthorizationMiddlewareSet", "__AntiforgeryMiddlewareSet"];

    public static IServiceCollection AddDashboardAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>()
            .Bind(configuration.GetSection(DashboardOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardOptions>, DashboardOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<BasicVerificationCache>();
        services.AddSingleton<DashboardSignIn>();

        services.AddDataProtection().SetApplicationName("PrivacyProxy");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<PrivacyProxyOptions>, ILoggerFactory>(static (keys, proxy, loggers) =>
                keys.XmlRepository = new DashboardKeyRepository(proxy, loggers));

        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Dashboard user", static scheme => scheme.ForwardDefaultSelector = static context =>
                BasicAuthenticationHandler.Applies(context.Request) ? BasicAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null)
            .AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<DashboardOptions>>(static (cookie, dashboard) => ConfigureCookie(cookie, dashboard.Value));

        services.AddAuthorization(static options => options.AddPolicy(PolicyName, static policy => policy.RequireAuthenticatedUser()));
        services.AddAntiforgery(static options =>
        {
            options.Cookie.Name = CookieName + ".Antiforgery";
            options.Cookie.Path = DashboardEndpointRouteBuilderExtensions.Prefix;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;

            // The dashboard's own X-Frame-Options (DENY) is stricter than antiforgery's SAMEORIGIN.
            options.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }

    /// <summary>Security headers, authentication, authorization and antiforgery, for /dashboard paths only.</summary>
    public static IApplicationBuilder UseDashboardAccess(this IApplicationBuilder app)
    {
        // WebApplication adds authentication, authorization and antiforgery in front of the whole pipeline unless it
        // sees these marks; a UseWhen branch writes them only to its own copy of the properties. Without them every
        // proxied request would pass through the dashboard's sign-in (HTTP Basic included), and a dashboard challenge
        // would answer before the security headers are set.
        foreach (string mark in MiddlewareMarks)
        {
            app.Properties[mark] = true;
        }

        return app.UseWhen(
            static context => context.Request.Path.StartsWithSegments(DashboardEndpointRouteBuilderExtensions.Prefix),
            static branch => branch
                .Use(static (context, next) =>
                {
                    // First, so redirects, challenges and 404s carry them too.
                    DashboardSecurityHeaders.Apply(context.Response.Headers);
                    return next(context);
                })
                .UseAuthentication()
                .UseAuthorization()
                .UseAntiforgery());
    }

    public static RouteGroupBuilder MapDashboardLogin(this RouteGroupBuilder dashboard)
    {
        dashboard.MapGet("/login", LoginEndpoints.ShowAsync).AllowAnonymous();
        dashboard.MapPost("/login", LoginEndpoints.SignInAsync).AllowAnonymous();
        return dashboard;
    }

    public static RouteGroupBuilder MapDashboardLogout(this RouteGroupBuilder signedIn)
    {
        signedIn.MapPost("/logout", LoginEndpoints.SignOutAsync);
        return signedIn;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, DashboardOptions dashboard)
    {
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.Path = DashboardEndpointRouteBuilderExtensions.Prefix;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = dashboard.SessionLifetime;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = DashboardChallenge.LoginPath;
        cookie.Events.OnRedirectToLogin = static context => DashboardChallenge.RedirectOrRefuseAsync(context.HttpContext);
        cookie.Events.OnValidatePrincipal = context =>
        {
            // A user removed from configuration loses their session at the next restart, not when the cookie expires.
            string? name = context.Principal?.Identity?.Name;
            if (name is null || !dashboard.Users.Exists(u => string.Equals(u.Name, name, StringComparison.Ordinal)))
            {
                context.RejectPrincipal();
            }

            return Task.CompletedTask;
        };
    }
}
