using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.Dashboard.Access;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Policy;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// One audited proxy with a dashboard user, real proxied traffic carrying planted values across the three teams
/// (written to the store before any test looks), and one headless Chromium shared by the tests of a class; each
/// test opens its own page in its own browser context, so sign-ins never leak from one test to the next.
/// </summary>
public sealed class DashboardBrowserFixture : IAsyncLifetime
{
    internal const string UserName = "auditor";
    internal const string Password = "correct horse battery staple";

    /// <summary>The audit run's requests, then more blocked ones (so the block filter has pages) and more redacted ones.</summary>
    internal static readonly IReadOnlyList<RunStep> Traffic =
    [
        .. AuditRunFixture.Steps,
        new("block-chat", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("deploy with {KEY} now")), AuditedProxy.BlockKey),
        new("block-responses", "v1/responses", PolicyRequests.For("v1/responses", Planted.Fill("the key is {KEY}")), AuditedProxy.BlockKey),
        new("block-ollama", "api/chat", PolicyRequests.For("api/chat", Planted.Fill("use {KEY} for the bucket")), AuditedProxy.BlockKey),
        new("block-clean", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "nothing secret here"), AuditedProxy.BlockKey),
        new("local-anthropic", PolicyRequests.Anthropic, PolicyRequests.For(PolicyRequests.Anthropic, Planted.Fill("SSN {SSN} for the form")), AuditedProxy.LocalKey),
        new("redact-mail", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill("reply to {MAIL}")), AuditedProxy.RedactKey),
        new("redact-clean", PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, "explain this stack trace"), AuditedProxy.RedactKey),
    ];

    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _signIn = new(1, 1);
    private JsonElement? _session;

    internal AuditedProxy Proxy { get; private set; } = null!;

    internal HeadlessChromium Chromium { get; private set; } = null!;

    /// <summary>What each request of <see cref="Traffic"/> was answered, in the same order.</summary>
    internal IReadOnlyList<SentRequest> Sent { get; private set; } = [];

    internal IAuditStore Store => Proxy.Services.GetRequiredService<IAuditStore>();

    /// <summary>Where screenshots and downloads go: under the test output folder, kept after the run.</summary>
    internal static string ArtifactFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard");

    /// <summary>A period holding the whole run, for asking the store what the dashboard should show.</summary>
    internal static AuditPeriod RunPeriod => new(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));

    internal Uri Url(string pathAndQuery) => new(Proxy.BaseUri, pathAndQuery.TrimStart('/'));

    public async Task InitializeAsync()
    {
        // The browser starts while the traffic runs: both take a second or two.
        var chromium = HeadlessChromium.StartAsync();
        try
        {
            Proxy = await AuditedProxy.StartAsync(new Dictionary<string, string?>
            {
                ["PrivacyProxy:Dashboard:Users:0:Name"] = UserName,
                ["PrivacyProxy:Dashboard:Users:0:PasswordHash"] = PasswordHasher.Hash(Password),
                ["PrivacyProxy:Dashboard:FailedLoginDelay"] = "00:00:00.050",
            });
            var sent = new List<SentRequest>();
            foreach (var step in Traffic)
            {
                sent.Add(await Proxy.PostAsync(step.Path, step.Body, step.Key));
            }

            Sent = sent;
            await WaitUntilWrittenAsync();
        }
        finally
        {
            // Kept even when the proxy failed, so DisposeAsync stops the browser rather than leaving it running.
            Chromium = await chromium;
        }
    }

    /// <summary>
    /// Opens a page on <paramref name="pathAndQuery"/>, signed in: through the login form the first time, then with
    /// that sign-in's cookies, as a person's other tabs would be (each PBKDF2 check costs a good part of a second).
    /// </summary>
    internal async Task<BrowserPage> SignedInPageAsync(string pathAndQuery = "/dashboard")
    {
        var page = await Chromium.NewPageAsync();
        try
        {
            await _signIn.WaitAsync();
            try
            {
                if (_session is { } session)
                {
                    await page.SetCookiesAsync(session);
                    await page.GoToAsync(Url(pathAndQuery));
                }
                else
                {
                    await page.GoToAsync(Url(pathAndQuery));
                    await SignInAsync(page, Password);
                    _session = await page.CookiesAsync();
                }
            }
            finally
            {
                _signIn.Release();
            }

            (await page.ExistsAsync("#signed-in-user")).Should().BeTrue("the page opened signed in");
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    /// <summary>Types the user and <paramref name="password"/> into the login form shown and submits it.</summary>
    internal static async Task SignInAsync(BrowserPage page, string password)
    {
        await page.FillAsync("#username", UserName);
        await page.FillAsync("#password", password);
        await page.ClickAndWaitForLoadAsync("#login-submit");
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        _signIn.Dispose();
    }

    // The audit writer runs behind the request path: wait until the store holds every request before a page reads it.
    private async Task WaitUntilWrittenAsync()
    {
        var waited = Stopwatch.StartNew();
        long stored;
        while ((stored = (await Store.SummaryAsync(RunPeriod)).Requests) < Sent.Count)
        {
            if (waited.Elapsed > WriteTimeout)
            {
                throw new TimeoutException($"The audit store holds {stored} of {Sent.Count} requests after {WriteTimeout.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }
}
