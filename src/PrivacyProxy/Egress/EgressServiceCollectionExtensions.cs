using Microsoft.Extensions.Options;

namespace PrivacyProxy.Egress;

/// <summary>Registers the transparent-egress services: <see cref="EgressOptions"/> (validated at start), <see cref="ServedHosts"/> and the <see cref="UpstreamLoopCheck"/>.</summary>
internal static class EgressServiceCollectionExtensions
{
    public static IServiceCollection AddServedHosts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EgressOptions>()
            .Bind(configuration.GetSection(EgressOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EgressOptions>, EgressOptionsValidator>();
        services.AddSingleton<ServedHosts>();
        services.AddHostedService<UpstreamLoopCheck>();
        return services;
    }
}
