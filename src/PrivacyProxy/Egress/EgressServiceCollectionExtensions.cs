using Microsoft.Extensions.Options;

namespace PrivacyProxy.Egress;

/// <summary>Registers the transparent-egress services: <see cref="EgressOptions"/> (validated at start) and <see cref="ServedHosts"/>.</summary>
internal static class EgressServiceCollectionExtensions
{
    public static IServiceCollection AddServedHosts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EgressOptions>()
            .Bind(configuration.GetSection(EgressOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EgressOptions>, EgressOptionsValidator>();
        services.AddSingleton<ServedHosts>();
        return services;
    }
}
