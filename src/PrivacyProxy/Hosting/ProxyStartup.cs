using System.Diagnostics;
using Microsoft.Extensions.Options;
using PrivacyProxy.Detection;
using PrivacyProxy.Health;
using PrivacyProxy.Policies;
using PrivacyProxy.Security;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Hosting;

/// <summary>
/// Loads the rules and the installation key before the server starts listening (after options validation), so
/// a bad rule file or key file stops the start instead of failing the first request; then, with the server
/// listening and /healthz answering <c>starting</c>, warms the detector up and only then reports ready.
/// </summary>
internal sealed partial class ProxyStartup(
    IServiceProvider services,
    UpstreamAuthentication authentication,
    ProxyHealth health,
    IOptions<PrivacyProxyOptions> options,
    ILogger<ProxyStartup> logger)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IDetector>();
        services.GetRequiredService<ActiveRulesHolder>();
        services.GetRequiredService<UserIdHasher>();
        Log.UpstreamAuthentication(logger, authentication.Mode.ToString(), options.Value.ClientKeys.Count);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Runs once every hosted service has started (the server listens): probes see 503 `starting` meanwhile, and
    // requests that arrive wait inside the detector for the warm-up to end. The host's start completes after it.
    public Task StartedAsync(CancellationToken cancellationToken) => Task.Run(WarmUp, cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void WarmUp()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            services.GetRequiredService<ActiveRulesHolder>().Current.Detector.WarmUp();
            LogWarmedUp(logger, clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The detector is loaded and every scan still runs it whole (or fails closed): ready, only slower.
            LogWarmUpFailed(logger, e.GetType().Name);
            health.SetProblems([new HealthProblem("rules", null, $"the detector warm-up failed ({e.GetType().Name})")]);
        }

        health.MarkLoaded();
    }

    [LoggerMessage(LogLevel.Information, "Detector warmed up in {ElapsedMs} ms; ready")]
    private static partial void LogWarmedUp(ILogger logger, long elapsedMs);

    [LoggerMessage(LogLevel.Warning, "Detector warm-up failed ({ExceptionType}); serving unwarmed")]
    private static partial void LogWarmUpFailed(ILogger logger, string exceptionType);
}
