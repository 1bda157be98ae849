using System.Net;
using System.Text.RegularExpressions;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>
/// A browser-like client for the dashboard: keeps cookies, does not follow redirects (tests look at them), and
/// reads the antiforgery field a form page carries.
/// </summary>
internal sealed partial class DashboardBrowser : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    private readonly HttpClient _client;

    public DashboardBrowser(Uri baseUri, bool acceptAnyCertificate = false)
    {
        Cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false };
        if (acceptAnyCertificate)
        {
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        }

        _client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client => _client;

    /// <summary>The antiforgery token in <paramref name="html"/>'s hidden field.</summary>
    public static string TokenIn(string html) => Token().Match(html) is { Success: true } match
        ? match.Groups["value"].Value
        : throw new InvalidOperationException("the page has no antiforgery field");

    /// <summary><paramref name="html"/> without its antiforgery field, whose token differs on every answer.</summary>
    public static string WithoutToken(string html) => Token().Replace(html, "");

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    /// <summary>GETs the login page and returns its antiforgery token (the antiforgery cookie is now set).</summary>
    public async Task<string> LoginTokenAsync()
    {
        using var page = await _client.GetAsync("dashboard/login");
        page.EnsureSuccessStatusCode();
        return TokenIn(await page.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the login form like a browser would, with the token of a fresh login page unless <paramref name="withToken"/> is false.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string username, string password, string? returnUrl = null, bool withToken = true)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("username", username),
            new("password", password),
            new("returnUrl", returnUrl ?? ""),
        };
        if (withToken)
        {
            fields.Add(new(TokenField, await LoginTokenAsync()));
        }

        using var form = new FormUrlEncodedContent(fields);
        return await _client.PostAsync("dashboard/login", form);
    }

    /// <summary>Signs in and fails the test when it does not work.</summary>
    public async Task SignInAsync(string username, string password)
    {
        using var response = await LoginAsync(username, password);
        if (response.StatusCode != HttpStatusCode.SeeOther)
        {
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}");
        }
    }

    /// <summary>Posts <paramref name="fields"/> (plus <paramref name="token"/> when given) to <paramref name="path"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, string? token, params KeyValuePair<string, string>[] fields)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new(TokenField, token));
        }

        return _client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex Token();
}
