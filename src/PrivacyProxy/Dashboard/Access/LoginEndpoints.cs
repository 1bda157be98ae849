using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// GET and POST <c>/dashboard/login</c>, POST <c>/dashboard/logout</c> (DOM contract). Both forms carry an
/// antiforgery token: the login's is checked by the form binding, the logout's here; a missing or bad one is a 400.
/// </summary>
internal static class LoginEndpoints
{
    /// <summary>The most characters of a user name or password read from the form; longer is a failed sign-in.</summary>
    private const int MaxFieldLength = 1024;

    public static Task ShowAsync(HttpContext context, IAntiforgery antiforgery, IOptions<DashboardOptions> options, string? returnUrl) =>
        LoginPage.WriteAsync(context, antiforgery, ReturnUrl.Sanitize(returnUrl), failed: false, options.Value.Users.Count > 0);

    public static async Task SignInAsync(
        HttpContext context,
        [FromForm] string? username,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        DashboardSignIn signIn,
        IAntiforgery antiforgery,
        IOptions<DashboardOptions> options)
    {
        string name = Bounded(username?.Trim());
        string secret = Bounded(password);
        string? user = await signIn.CheckAsync(name, secret, context.Connection.RemoteIpAddress, "form", reuse: false, context.RequestAborted);
        string back = ReturnUrl.Sanitize(returnUrl);
        if (user is null)
        {
            await LoginPage.WriteAsync(context, antiforgery, back, failed: true, options.Value.Users.Count > 0);
            return;
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, DashboardPrincipal.Create(user, CookieAuthenticationDefaults.AuthenticationScheme));
        SeeOther(context, back);
    }

    public static async Task SignOutAsync(HttpContext context, IAntiforgery antiforgery, ILogger<DashboardSignIn> logger)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (context.User.Identity?.Name is { } user)
        {
            DashboardAccessLog.SignedOut(logger, user);
        }

        SeeOther(context, DashboardChallenge.LoginPath);
    }

    // 303: the browser follows a POST's answer with a GET.
    private static void SeeOther(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = context.Request.PathBase + location;
    }

    // A field longer than any name or password is refused like a wrong one, never cut into a shorter valid one.
    private static string Bounded(string? text) => text is { Length: <= MaxFieldLength } ? text : text is null ? "" : "\0";
}
