using System.Net.Http.Headers;
using System.Reflection;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>
/// The dashboard user the API tests sign in as, over HTTP Basic, configured the way every helper's tests configure
/// it (<c>PrivacyProxy:Dashboard:Users:0</c> with a hash from <c>PasswordHasher.Hash</c>). Until helper
/// "dashaccess" lands its <c>PasswordHasher</c> and Basic handler, a stand-in checking the same name and password
/// guards the dashboard policy, so these tests exercise the API either way; once it has landed, the real sign-in is
/// used and the stand-in (this file's <see cref="StandInBasicHandler"/>) can be deleted.
/// </summary>
internal static class DashboardApiUser
{
    public const string Name = "auditor";
    public const string Password = "correct horse battery staple";

    private const string StandInScheme = "DashboardApiTestBasic";

    private static readonly MethodInfo? Hash = typeof(DashboardAccess).Assembly.GetTypes()
        .FirstOrDefault(static t => t.Name == "PasswordHasher")
        ?.GetMethod("Hash", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);

    /// <summary>The user's configuration, and short failed-login delays and audit flushes so tests stay quick.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["PrivacyProxy:Dashboard:Users:0:Name"] = Name,
        ["PrivacyProxy:Dashboard:Users:0:PasswordHash"] = Hash is null ? "stand-in" : (string)Hash.Invoke(null, [Password])!,
        ["PrivacyProxy:Dashboard:FailedLoginDelay"] = "00:00:00.050",
        ["PrivacyProxy:Audit:FlushInterval"] = "00:00:00.010",
    };

    /// <summary>The stand-in sign-in when the real one is not there yet; nothing otherwise.</summary>
    public static void Services(IServiceCollection services)
    {
        if (Hash is not null)
        {
            return;
        }

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, StandInBasicHandler>(StandInScheme, null);
        services.PostConfigure<AuthorizationOptions>(static options => options.AddPolicy(
            DashboardAccess.PolicyName, static policy => policy.AddAuthenticationSchemes(StandInScheme).RequireAuthenticatedUser()));
    }

    /// <summary>A client of <paramref name="baseUri"/> that authenticates every request as the user.</summary>
    public static HttpClient Client(Uri baseUri)
    {
        var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Name}:{Password}")));
        return client;
    }

    private sealed class StandInBasicHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Name}:{Password}"));
            if (Request.Headers.Authorization.ToString() != expected)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, Name)], Scheme.Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
        }
    }
}
