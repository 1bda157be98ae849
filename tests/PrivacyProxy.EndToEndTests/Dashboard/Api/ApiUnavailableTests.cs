using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Audit;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>The API when there is nothing to read: the audit trail turned off, or a store that fails every query.</summary>
public sealed class ApiUnavailableTests
{
    private const string ConnectionDetail = "Host=db.internal;Password=hunter2-db";
    private const string SqlDetail = "SELECT e.id FROM audit_events";

    [Fact]
    public async Task AuditDisabled_EveryCall503AuditDisabled()
    {
        await using var api = await ApiProxy.StartAsync(new Dictionary<string, string?> { ["PrivacyProxy:Audit:Enabled"] = "false" });

        foreach (var answer in await EveryCallAsync(api))
        {
            answer.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
            answer.ErrorCode.Should().Be("audit_disabled");
        }
    }

    [Fact]
    public async Task StoreFailing_EveryCall503_WithoutConnectionOrSql()
    {
        await using var api = await ApiProxy.StartAsync(services: static s => s.AddSingleton<IAuditStore>(new FailingReadsStore()));

        foreach (var answer in await EveryCallAsync(api))
        {
            answer.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
            answer.ErrorCode.Should().Be("audit_store_unavailable");
            answer.Body.Should().NotContain("hunter2").And.NotContain("SELECT").And.NotContain("db.internal");
        }

        api.Proxy.Logs.Entries.Where(static e => e.Contains("hunter2", StringComparison.Ordinal) || e.Contains(SqlDetail, StringComparison.Ordinal))
            .Should().BeEmpty("the log names the failure's type, not its message");
        api.Proxy.Logs.Entries.Where(Planted.AnyIn).Should().BeEmpty();
    }

    [Fact]
    public async Task Export_StoreFailsAfterTheFirstPage_ConnectionAborted()
    {
        await using var api = await ApiProxy.StartAsync(services: static s => s.AddSingleton<IAuditStore>(new FailingReadsStore(pagesBeforeFailure: 1)));
        using var client = DashboardApiUser.Client(api.Proxy.BaseUri);

        using var response = await client.GetAsync("dashboard/export.csv", HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the first page was read before the answer started");
        var read = async () => await response.Content.ReadAsStringAsync();

        (await read.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(static e => e is HttpRequestException || e is IOException,
            "a file cut short must not look complete");
        api.Proxy.Logs.Entries.Should().Contain(static e => e.Contains("CSV export stopped after 1 rows", StringComparison.Ordinal));
    }

    private static async Task<ApiAnswer[]> EveryCallAsync(ApiProxy api)
    {
        using var search = new StringContent("{\"value\":\"" + Planted.Card + "\"}", Encoding.UTF8, "application/json");
        return
        [
            await api.GetAsync("dashboard/api/summary"),
            await api.GetAsync("dashboard/api/events"),
            await api.PostAsync("dashboard/api/search", search),
            await api.GetAsync("dashboard/export.csv"),
        ];
    }

    /// <summary>
    /// A store that opens and takes writes but whose queries fail like a lost database connection, every one or
    /// every events page after the first <c>pagesBeforeFailure</c> (each one event, with a next page).
    /// </summary>
    private sealed class FailingReadsStore(int pagesBeforeFailure = 0) : IAuditStore
    {
        private int _pages;

        public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<long> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => Task.FromResult(0L);

        public Task<AuditSummary> SummaryAsync(AuditPeriod period, CancellationToken cancellationToken = default) => throw Failure();

        public async Task<AuditEventPage> EventsAsync(AuditEventFilter filter, int pageSize, AuditCursor? after = null, CancellationToken cancellationToken = default)
        {
            var page = Interlocked.Increment(ref _pages);
            if (page > pagesBeforeFailure)
            {
                if (pagesBeforeFailure > 0)
                {
                    // A connection lost mid-export fails a while after the first rows left: let them reach the client,
                    // or the reset could overtake the response headers still in the socket's send buffer.
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                }

                throw Failure();
            }

            var stored = new StoredAuditEvent(page, new AuditEvent
            {
                Time = filter.Period.To.AddSeconds(-page),
                RequestId = AuditName.From("request-" + page),
                Route = AuditName.From("chat-v1"),
                Protocol = AuditName.From("openai-chat"),
                Upstream = AuditUpstream.Hosted,
                Policy = AuditName.From("default"),
                Action = AuditAction.Redact,
            });
            return new AuditEventPage([stored], new AuditCursor(stored.Event.Time.ToUnixTimeMilliseconds(), page));
        }

        public Task<IReadOnlyList<AuditBreakdownRow>> BreakdownAsync(AuditPeriod period, AuditDimension dimension, CancellationToken cancellationToken = default) =>
            throw Failure();

        public Task<IReadOnlyList<AuditTimeBucket>> TimeSeriesAsync(AuditPeriod period, TimeSpan bucket, CancellationToken cancellationToken = default) =>
            throw Failure();

        public Task<IReadOnlyList<StoredAuditEvent>> SearchAsync(IReadOnlyCollection<string> hashes, int limit, CancellationToken cancellationToken = default) =>
            throw Failure();

        public Task<IReadOnlyList<PolicyOutcome>> PolicyOutcomesAsync(AuditPeriod period, CancellationToken cancellationToken = default) => throw Failure();

        public Task<PlaceholderHealth> PlaceholderHealthAsync(AuditPeriod period, CancellationToken cancellationToken = default) => throw Failure();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static StoreException Failure() => new($"connection to {ConnectionDetail} lost while running {SqlDetail}");
    }

    private sealed class StoreException(string message) : DbException(message);
}
