using Microsoft.Extensions.DependencyInjection.Extensions;
using PrivacyProxy.Health;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>Registers hot reload of rules, dictionaries and policies, and the health state /healthz reports.</summary>
internal static class ReloadServiceCollectionExtensions
{
    public static IServiceCollection AddRulesReload(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ProxyHealth>();
        services.AddSingleton<ConfigurationFileErrors>();
        services.AddSingleton<ActiveRulesLoader>();

        // After ProxyStartup, whose strict first load this service takes over from.
        services.AddHostedService<RulesReloader>();
        return services;
    }
}
