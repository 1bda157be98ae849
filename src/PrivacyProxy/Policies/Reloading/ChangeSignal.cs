using System.Threading.Channels;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>
/// Collapses bursts of change notifications (an editor's save is several file events, a config reload one more)
/// into one: <see cref="WaitAsync"/> returns once a signal came and then none for the quiet period.
/// </summary>
internal sealed class ChangeSignal(TimeProvider time, TimeSpan quietPeriod)
{
    // A burst that never goes quiet (a tool rewriting files in a loop) still reloads now and then.
    private const int MaxQuietRounds = 10;

    private readonly Channel<bool> _raised = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Something changed; safe from any thread, never blocks.</summary>
    public void Raise() => _raised.Writer.TryWrite(true);

    /// <summary>Waits for a change, then for the quiet period after the last one.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _raised.Reader.ReadAsync(cancellationToken);
        for (var round = 0; round < MaxQuietRounds; round++)
        {
            await Task.Delay(quietPeriod, time, cancellationToken);
            if (!_raised.Reader.TryRead(out _))
            {
                return;
            }
        }
    }
}
