using Polly;
using Polly.Retry;

namespace PrivacyProxy.Audit;

/// <summary>
/// Drains <see cref="AuditQueue"/> into an <see cref="IAuditStore"/> in the background: batches of up to
/// <see cref="AuditWriterOptions.BatchSize"/> events (or what arrived within the flush interval), one transaction
/// each, retried with exponential backoff and jitter, and dropped (counted) once the retry budget is spent, so a
/// store that is down never stops the proxy. <see cref="StopAsync"/> drains what is queued.
/// </summary>
public sealed class AuditWriter : IAsyncDisposable
{
    private readonly AuditQueue _queue;
    private readonly IAuditStore _store;
    private readonly AuditWriterOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retry;
    private readonly CancellationTokenSource _abort = new();
    private Task? _loop;
    private long _written;
    private long _settled;
    private volatile CancellationTokenSource _hurry = new();
    private volatile bool _storeFailing;

    /// <summary>A writer from <paramref name="queue"/> to <paramref name="store"/>; call <see cref="Start"/>.</summary>
    public AuditWriter(AuditQueue queue, IAuditStore store, AuditWriterOptions? options = null, TimeProvider? timeProvider = null)
    {
        _queue = queue;
        _store = store;
        _options = options ?? new AuditWriterOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _retry = new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.MaxRetryAttempts,
                Delay = _options.RetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(static e => e is not OperationCanceledException),
                OnRetry = _ =>
                {
                    _storeFailing = true;
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Events written to the store so far.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>True from a failed write until the next successful one: for the host's health check (degraded).</summary>
    public bool StoreFailing => _storeFailing;

    /// <summary>
    /// Writes what is queued now instead of at the end of the flush interval, and waits until every event accepted
    /// before the call is written (or counted as dropped), for at most <paramref name="maxWait"/>. Readers call it
    /// so an answer includes the requests finished before it was asked. False when the wait ran out.
    /// </summary>
    public async Task<bool> FlushAsync(TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        long target = _queue.Accepted;
        long deadline = _time.GetTimestamp() + (long)(maxWait.TotalSeconds * _time.TimestampFrequency);
        while (Interlocked.Read(ref _settled) < target)
        {
            if (_time.GetTimestamp() >= deadline || _loop is null)
            {
                return false;
            }

            // Repeated on every turn: a batch that started after the previous signal must be hurried too.
            try
            {
                _hurry.Cancel();
            }
            catch (ObjectDisposedException)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), _time, cancellationToken);
        }

        return true;
    }

    /// <summary>Starts draining in the background.</summary>
    public void Start() => _loop ??= Task.Run(() => RunAsync(_abort.Token));

    /// <summary>
    /// Closes the queue and writes everything it holds. When <paramref name="cancellationToken"/> fires first (the
    /// host's shutdown timeout), the writer gives up and what is left is counted as dropped.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        _queue.Close();
        Start();
        try
        {
            await _loop!.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _abort.CancelAsync();
            await _loop!;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _abort.Dispose();
        _hurry.Dispose();
    }

    private async Task RunAsync(CancellationToken abort)
    {
        var reader = _queue.Reader;
        var batch = new List<AuditEvent>(_options.BatchSize);
        try
        {
            while (await reader.WaitToReadAsync(abort))
            {
                await FillAsync(batch, abort);
                await WriteAsync(batch, abort);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            var left = batch.Count;
            while (reader.TryRead(out _))
            {
                left++;
            }

            if (left > 0)
            {
                _queue.CountDropped(AuditDropReason.Stopped, left);
                Interlocked.Add(ref _settled, left);
            }
        }
    }

    // Takes what is queued; while the batch is short, waits up to the flush interval for more.
    private async Task FillAsync(List<AuditEvent> batch, CancellationToken abort)
    {
        var reader = _queue.Reader;
        if (_hurry.IsCancellationRequested)
        {
            // The previous batch was hurried; the old source is left to the collector (a reader may still cancel it).
            _hurry = new CancellationTokenSource();
        }

        using var window = new CancellationTokenSource(_options.FlushInterval, _time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(abort, window.Token, _hurry.Token);
        while (true)
        {
            while (batch.Count < _options.BatchSize && reader.TryRead(out var auditEvent))
            {
                batch.Add(auditEvent);
            }

            if (batch.Count >= _options.BatchSize)
            {
                return;
            }

            try
            {
                if (!await reader.WaitToReadAsync(wait.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!abort.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task WriteAsync(List<AuditEvent> batch, CancellationToken abort)
    {
        try
        {
            await _retry.ExecuteAsync(
                static (state, token) => new ValueTask(state.Store.WriteAsync(state.Batch, token)),
                (Store: _store, Batch: batch),
                abort);
            Interlocked.Add(ref _written, batch.Count);
            Interlocked.Add(ref _settled, batch.Count);
            _storeFailing = false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !abort.IsCancellationRequested)
        {
            _storeFailing = true;
            _queue.CountDropped(AuditDropReason.StoreFailed, batch.Count, exception);
            Interlocked.Add(ref _settled, batch.Count);
        }
    }
}
