namespace PrivacyProxy.Detection.Warming;

/// <summary>
/// Whether a rule set has been warmed up: the first caller runs the warm-up, every other caller (and every scan
/// that arrives meanwhile) waits for it, bounded, so no request meets regexes and recognizers still being compiled.
/// </summary>
internal sealed class WarmUpState
{
    /// <summary>The longest a scan waits for a warm-up in progress before it runs anyway (correct, only slower).</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    /// <summary>True for the one caller that must run the warm-up.</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>True while a warm-up runs: a scan should <see cref="Wait"/> first.</summary>
    public bool InProgress => Volatile.Read(ref _started) == 1 && !_done.Task.IsCompleted;

    /// <summary>True once the warm-up has finished.</summary>
    public bool IsDone => _done.Task.IsCompleted;

    public void Finish() => _done.TrySetResult();

    public void Wait() => _done.Task.Wait(WaitLimit);
}
