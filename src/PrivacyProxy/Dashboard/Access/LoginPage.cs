using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// The login page (DOM contract: form#login-form, #username, #password, the hidden returnUrl, #login-submit,
/// p#login-error on failure). Self-contained: its CSS is one inline &lt;style&gt; allowed by its CSP hash, no script.
/// </summary>
internal static class LoginPage
{
    public const string ErrorText = "The user name or password is wrong, or the account is locked for a while.";

    private const string Css =
        "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2330;margin:0}" +
        "main{max-width:22rem;margin:12vh auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}" +
        "h1{font-size:1.3rem;margin:0 0 1.2rem}label{display:block;margin:.8rem 0 .3rem;font-weight:600}" +
        "input{width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #9aa3b2;border-radius:4px;font-size:1rem}" +
        "button{margin-top:1.2rem;width:100%;padding:.6rem;border:0;border-radius:4px;background:#1f5fbf;color:#fff;font-size:1rem;cursor:pointer}" +
        ".error{color:#a4161a;font-weight:600}.notice{color:#6b4e00}";

    private static readonly string Policy = DashboardSecurityHeaders.WithStyleHash(Css);

    /// <summary>Writes the page: 200, or 401 with #login-error when <paramref name="failed"/>.</summary>
    public static async Task WriteAsync(HttpContext context, IAntiforgery antiforgery, string returnUrl, bool failed, bool hasUsers)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        string html = Render(returnUrl, tokens.FormFieldName, tokens.RequestToken ?? "", failed, hasUsers);
        var response = context.Response;
        response.StatusCode = failed ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK;
        response.Headers.ContentSecurityPolicy = Policy;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
    }

    private static string Render(string returnUrl, string tokenName, string token, bool failed, bool hasUsers)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder(2048)
            .Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>PrivacyProxy dashboard: sign in</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>PrivacyProxy dashboard</h1>\n");
        if (!hasUsers)
        {
            html.Append("<p id=\"no-users\" class=\"notice\">The dashboard has no users configured, so nobody can sign in. ")
                .Append("Create one with <code>PrivacyProxy hash-password</code> as the README's \"Dashboard users\" section describes.</p>\n");
        }

        if (failed)
        {
            html.Append("<p id=\"login-error\" class=\"error\" role=\"alert\">").Append(ErrorText).Append("</p>\n");
        }

        html.Append("<form id=\"login-form\" method=\"post\" action=\"/dashboard/login\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(encoder.Encode(tokenName)).Append("\" value=\"").Append(encoder.Encode(token)).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(encoder.Encode(returnUrl)).Append("\">\n")
            .Append("<label for=\"username\">User name</label>\n")
            .Append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required autofocus>\n")
            .Append("<label for=\"password\">Password</label>\n")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n")
            .Append("<button id=\"login-submit\" type=\"submit\">Sign in</button>\n")
            .Append("</form>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
