using Microsoft.Extensions.Options;
using PrivacyProxy.Detection;
using PrivacyProxy.Policies;
using PrivacyProxy.Security;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Hosting;

/// <summary>
/// Loads the rules and the installation key before the server starts listening (after options validation), so
/// a bad rule file or key file stops the start instead of failing the first request.
/// </summary>
internal sealed class ProxyStartup(
    IServiceProvider services, UpstreamAuthentication authentication, IOptions<PrivacyProxyOptions> options, ILogger<ProxyStartup> logger)
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

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
