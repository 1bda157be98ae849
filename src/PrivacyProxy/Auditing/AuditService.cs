using Microsoft.Extensions.Options;
using PrivacyProxy.Audit;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Auditing;

/// <summary>
/// Runs the audit trail beside the server: opens (and migrates) the store before the server listens, runs the
/// <see cref="AuditWriter"/>, purges by retention at start and then daily, and drains the queue once the server has
/// stopped (so requests finishing during shutdown are still written). A store that cannot be opened refuses the
/// start when <c>Required</c>; otherwise it is retried in the background while events are counted as dropped.
/// </summary>
/// <remarks>It takes the key ring so a bad fingerprint key or installation key file stops the start, not the first request.</remarks>
internal sealed class AuditService(
    IAuditStore store,
    AuditSink sink,
    FingerprintKeyRing keys,
    IOptions<AuditOptions> options,
    IOptions<PrivacyProxyOptions> proxyOptions,
    AuditDropReporter reporter,
    TimeProvider time,
    ILogger<AuditService> logger)
    : IHostedLifecycleService, IAsyncDisposable
{
    private static readonly TimeSpan PurgePeriod = TimeSpan.FromDays(1);
    private static readonly TimeSpan FirstReopenDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestReopenDelay = TimeSpan.FromMinutes(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly AuditOptions _options = options.Value;
    private AuditWriter? _writer;
    private Task _background = Task.CompletedTask;
    private bool _stopped;

    private string StoreName => _options.UsesPostgres ? AuditOptions.Postgres : AuditOptions.Sqlite;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!sink.Enabled)
        {
            return;
        }

        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (_options.Required)
            {
                // The library's message names the store and the failure's type; the innermost message says why
                // (connection refused, authentication failed) and Npgsql never quotes the password in it.
                throw new InvalidOperationException(
                    $"{e.Message.TrimEnd('.')} ({Innermost(e).Message.TrimEnd('.')}). Check {AuditOptions.SectionName}:Store" +
                    $"{(_options.UsesPostgres ? $" and ConnectionStrings:{AuditOptions.ConnectionStringName}" : " and PrivacyProxy:DataDirectory")}, " +
                    $"or set {AuditOptions.SectionName}:Required=false to start without the audit trail.");
            }

            AuditLog.StoreUnavailable(logger, StoreName, Innermost(e).GetType().Name);
            _background = ReopenAsync(_stopping.Token);
            return;
        }

        Open();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the server stopped: no request can add an event any more, so drain what is queued.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (!sink.Enabled || _stopped)
        {
            return;
        }

        _stopped = true;
        await _stopping.CancelAsync();
        await _background;
        if (_writer is not null)
        {
            await _writer.StopAsync(cancellationToken);
        }

        reporter.Flush();
        AuditLog.Stopped(logger, _writer?.Written ?? 0, sink.Dropped);
    }

    public async ValueTask DisposeAsync()
    {
        // A host disposed without being stopped (tests) still ends the writer; bounded, so a dead store cannot hang it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await StoppedAsync(timeout.Token);
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private void Open()
    {
        _writer = new AuditWriter(sink.Queue, store, _options.WriterOptions(), time);
        _writer.Start();
        sink.Open(_writer);
        AuditLog.StoreOpened(
            logger,
            StoreName,
            _options.UsesPostgres ? $"ConnectionStrings:{AuditOptions.ConnectionStringName}" : AuditComponents.SqlitePath(proxyOptions.Value),
            _options.RetentionDays,
            keys.Current.Id,
            keys.All.Count - 1);
        _background = PurgeAsync(_stopping.Token);
    }

    private async Task ReopenAsync(CancellationToken stopping)
    {
        var delay = FirstReopenDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, time, stopping);
                await store.InitializeAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                delay = delay * 2 > LongestReopenDelay ? LongestReopenDelay : delay * 2;
                continue;
            }

            AuditLog.StoreRecovered(logger, StoreName);
            Open();
            return;
        }
    }

    private async Task PurgeAsync(CancellationToken stopping)
    {
        var retention = new AuditRetention(store, _options.RetentionDays, time);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                long purged = await retention.PurgeAsync(stopping);
                if (purged > 0)
                {
                    AuditLog.Purged(logger, purged, retention.Days);
                }

                await Task.Delay(PurgePeriod, time, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                AuditLog.PurgeFailed(logger, e.GetType().Name);
                try
                {
                    await Task.Delay(PurgePeriod, time, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
