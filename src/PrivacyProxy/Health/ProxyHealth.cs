namespace PrivacyProxy.Health;

/// <summary>
/// The proxy's readiness: starting until the rules are loaded, then ok, or degraded while the last reload's problems
/// stand. Read on every probe without locking; written by start-up and the reloader.
/// </summary>
internal sealed class ProxyHealth
{
    private readonly Lock _gate = new();
    private volatile HealthReport _current = new(HealthStatus.Starting, []);
    private bool _loaded;
    private IReadOnlyList<HealthProblem> _problems = [];

    /// <summary>The report a probe gets now.</summary>
    public HealthReport Current => _current;

    /// <summary>The first rules and policies are in place: no longer starting.</summary>
    public void MarkLoaded()
    {
        lock (_gate)
        {
            _loaded = true;
            Publish();
        }
    }

    /// <summary>The problems of the latest reload; empty when it succeeded (which clears earlier ones).</summary>
    public void SetProblems(IReadOnlyList<HealthProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        lock (_gate)
        {
            _problems = [.. problems];
            Publish();
        }
    }

    private void Publish() => _current = new HealthReport(
        !_loaded ? HealthStatus.Starting : _problems.Count > 0 ? HealthStatus.Degraded : HealthStatus.Ok,
        _problems);
}
