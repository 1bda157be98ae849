using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PrivacyProxy.Detection;
using PrivacyProxy.Health;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>
/// Reloads rules, dictionaries and policies when the rules directory or the configuration changes: on this
/// background task, never on a request, one reload at a time, after a burst of changes has gone quiet. A good
/// reload is swapped in whole between requests; a bad one keeps the last good set and is reported on /healthz.
/// </summary>
internal sealed partial class RulesReloader(
    ActiveRulesHolder holder,
    ActiveRulesLoader loader,
    ProxyHealth health,
    IConfiguration configuration,
    IOptions<PrivacyProxyOptions> startOptions,
    TimeProvider time,
    ILogger<RulesReloader> logger) : BackgroundService
{
    /// <summary>How long changes must stay quiet before a reload: an editor's save is a burst of events.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(300);

    private readonly ChangeSignal _signal = new(time, QuietPeriod);
    private RulesDirectoryWatcher? _watcher;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var configurationChanges = ChangeToken.OnChange(configuration.GetReloadToken, _signal.Raise);
        Watch(startOptions.Value.ResolvedRulesDirectory);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _signal.WaitAsync(stoppingToken);
                Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
        finally
        {
            _watcher?.Dispose();
        }
    }

    private void Reload()
    {
        RulesReload reload;
        try
        {
            reload = loader.Load(holder.Current);
        }
        catch (Exception e)
        {
            // Never the host's end (a BackgroundService fault stops it): the last good set keeps serving.
            LogReloadFailed(logger, e.GetType().Name);
            health.SetProblems([new HealthProblem(ConfigurationSourceNames.Unknown, null, $"the reload failed ({e.GetType().Name})")]);
            return;
        }

        if (reload.RulesDirectory is { } directory && !string.Equals(directory, _watcher?.Directory, StringComparison.Ordinal))
        {
            Watch(directory);
        }

        if (reload.Rules is { } next)
        {
            holder.Swap(next);
            health.SetProblems([]);
            LogReloaded(logger, next.Detector is Detector loaded ? loaded.RuleCount : 0, reload.PolicyCount, reload.RulesDirectory ?? "");
            return;
        }

        // Logged before /healthz says degraded, so whoever sees the status finds the reasons in the log.
        LogReloadRejected(logger, reload.Problems.Count);
        foreach (var problem in reload.Problems)
        {
            LogProblem(logger, problem.File, problem.Rule ?? "-", problem.Problem);
        }

        health.SetProblems(reload.Problems);
    }

    private void Watch(string directory)
    {
        _watcher?.Dispose();
        _watcher = null;
        try
        {
            _watcher = new RulesDirectoryWatcher(directory, _signal);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            LogNotWatching(logger, directory, e.GetType().Name);
        }
    }

    [LoggerMessage(60, LogLevel.Information, "Reloaded {RuleCount} rules, {PolicyCount} policies (rules directory {RulesDirectory})")]
    private static partial void LogReloaded(ILogger logger, int ruleCount, int policyCount, string rulesDirectory);

    [LoggerMessage(61, LogLevel.Warning, "Reload rejected with {ProblemCount} problems; the last good rules and policies stay in force")]
    private static partial void LogReloadRejected(ILogger logger, int problemCount);

    [LoggerMessage(62, LogLevel.Warning, "Reload problem in {File}, rule or key {Rule}: {Problem}")]
    private static partial void LogProblem(ILogger logger, string file, string rule, string problem);

    [LoggerMessage(63, LogLevel.Error, "Reload failed ({ExceptionType}); the last good rules and policies stay in force")]
    private static partial void LogReloadFailed(ILogger logger, string exceptionType);

    [LoggerMessage(64, LogLevel.Warning, "Cannot watch the rules directory {RulesDirectory} ({ExceptionType}); rule file changes take effect on restart or on a configuration change")]
    private static partial void LogNotWatching(ILogger logger, string rulesDirectory, string exceptionType);
}
