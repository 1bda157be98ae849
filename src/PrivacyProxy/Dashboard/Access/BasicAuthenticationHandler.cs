using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// HTTP Basic with a dashboard user (RFC 7617, UTF-8), for scripts and SIEM pulls. Failed attempts go through the
/// same lock-out and delay as the login form; its challenge is the API's 401.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DashboardSignIn signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PrivacyProxy.Dashboard.Basic";

    private const string Prefix = "Basic ";

    /// <summary>True when the request carries <c>Authorization: Basic ...</c>.</summary>
    public static bool Applies(HttpRequest request) =>
        request.Headers.Authorization is [{ } value, ..] && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryRead(Request.Headers[HeaderNames.Authorization].ToString(), out string name, out string password))
        {
            return AuthenticateResult.Fail("The Authorization header is not HTTP Basic with a user name and password.");
        }

        string? user = await signIn.CheckAsync(name, password, Context.Connection.RemoteIpAddress, "basic", reuse: true, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The user name or password is wrong, or the user is locked for a while.");
        }

        var principal = DashboardPrincipal.Create(user, Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => DashboardChallenge.WriteUnauthorizedAsync(Context);

    private static bool TryRead(string header, out string name, out string password)
    {
        name = password = "";
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(header[Prefix.Length..].Trim()));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }

        int colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        name = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }
}
