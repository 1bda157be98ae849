using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Auditing;

/// <summary>Registers the audit trail: options (validated at start), store, fingerprinter, sink and the hosted service.</summary>
internal static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // TryAdd: a test may bring its own store (a slow one, to fill the queue).
        services.TryAddSingleton(AuditComponents.CreateStore);
        services.AddSingleton(AuditComponents.CreateKeyRing);
        services.AddSingleton<Fingerprinter>();
        services.AddSingleton<AuditDropReporter>();
        services.AddSingleton<AuditSink>();
        services.AddHostedService<AuditService>();
        return services;
    }
}
