using System.Net;
using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Auditing;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.EndToEndTests.Policy;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>
/// An <see cref="AuditedProxy"/> with the dashboard user configured, an extra caller whose id and team start with
/// '-' (a spreadsheet formula start, for the CSV defence), and the calls the API tests make, always authenticated.
/// </summary>
internal sealed class ApiProxy : IAsyncDisposable
{
    public const string DashKey = "pp-audit-dash-client-key-00000004";
    public const string DashCaller = "-dash-caller";
    public const string DashTeam = "-dash-team";

    private readonly HttpClient _client;

    private ApiProxy(AuditedProxy proxy)
    {
        Proxy = proxy;
        _client = DashboardApiUser.Client(proxy.BaseUri);
    }

    public AuditedProxy Proxy { get; }

    public static async Task<ApiProxy> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var all = DashboardApiUser.Settings();
        all["PrivacyProxy:ClientKeys:3:Id"] = DashCaller;
        all["PrivacyProxy:ClientKeys:3:Key"] = DashKey;
        all["PrivacyProxy:ClientKeys:3:Team"] = DashTeam;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ApiProxy(await AuditedProxy.StartAsync(all, services));
    }

    /// <summary>A chat request with <paramref name="text"/> (a <see cref="Planted.Fill"/> template) as the caller of <paramref name="key"/>.</summary>
    public Task<SentRequest> ChatAsync(string text, string key) =>
        Proxy.PostAsync(PolicyRequests.Chat, PolicyRequests.For(PolicyRequests.Chat, Planted.Fill(text)), key);

    public async Task<ApiAnswer> GetAsync(string pathAndQuery)
    {
        using var response = await _client.GetAsync(pathAndQuery);
        return await ApiAnswer.ReadAsync(response);
    }

    public async Task<ApiAnswer> PostAsync(string path, HttpContent content)
    {
        using var response = await _client.PostAsync(path, content);
        return await ApiAnswer.ReadAsync(response);
    }

    /// <summary>POSTs <c>{"value": value}</c> to the search.</summary>
    public Task<ApiAnswer> SearchAsync(string value)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { value }), Encoding.UTF8, "application/json");
        return PostAsync("dashboard/api/search", content);
    }

    /// <summary>Waits until the store holds <paramref name="count"/> events (the writer flushes in the background).</summary>
    public async Task WaitForEventsAsync(long count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var summary = await GetAsync("dashboard/api/summary");
            summary.Status.Should().Be(HttpStatusCode.OK);
            var requests = summary.Json.GetProperty("requests").GetInt64();
            if (requests >= count || DateTime.UtcNow > deadline)
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Every event the API lists for <paramref name="query"/>, walking the pages with <paramref name="limit"/>.</summary>
    public async Task<List<JsonElement>> AllEventsAsync(string query, int limit = 1000)
    {
        var events = new List<JsonElement>();
        string? page = null;
        for (int pages = 0; pages < 10_000; pages++)
        {
            var answer = await GetAsync($"dashboard/api/events?{query}&limit={limit}" + (page is null ? "" : "&page=" + Uri.EscapeDataString(page)));
            answer.Status.Should().Be(HttpStatusCode.OK, "the events page answers (code {0})", answer.ErrorCode);
            events.AddRange(answer.Json.GetProperty("events").EnumerateArray().Select(static e => e.Clone()));
            var next = answer.Json.GetProperty("next");
            if (next.ValueKind == JsonValueKind.Null)
            {
                return events;
            }

            page = next.GetString();
        }

        throw new InvalidOperationException("The events pages never end.");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Proxy.DisposeAsync();
    }
}

/// <summary>An API answer: status, headers, body text and (when JSON) the parsed body.</summary>
internal sealed class ApiAnswer
{
    private JsonElement? _json;

    private ApiAnswer(HttpStatusCode status, string? contentType, string? disposition, string body)
    {
        Status = status;
        ContentType = contentType;
        ContentDisposition = disposition;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    public string? ContentDisposition { get; }

    public string Body { get; }

    public JsonElement Json => _json ??= JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The <c>error.code</c> of an error answer, or null: safe to print.</summary>
    public string? ErrorCode =>
        Body.StartsWith('{') && Json.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString() : null;

    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Content.Headers.ContentType?.ToString(),
        response.Content.Headers.ContentDisposition?.ToString(),
        await response.Content.ReadAsStringAsync());
}
