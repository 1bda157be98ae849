using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PrivacyProxy.Auditing;
using PrivacyProxy.Dashboard;
using PrivacyProxy.Detection;
using PrivacyProxy.Egress;
using PrivacyProxy.Pipeline;
using PrivacyProxy.Policies;
using PrivacyProxy.Policies.Reloading;
using PrivacyProxy.Proxy;
using PrivacyProxy.Security;
using PrivacyProxy.Telemetry;
using Yarp.ReverseProxy.Forwarder;

namespace PrivacyProxy.Hosting;

/// <summary>Registers everything the proxy needs: options, detector, keys, YARP with the proxy's filters and transforms.</summary>
internal static class PrivacyProxyServiceCollectionExtensions
{
    /// <summary>The YARP configuration section (routes and the <c>hosted</c> / <c>local</c> clusters).</summary>
    public const string ReverseProxySection = "ReverseProxy";

    public static IServiceCollection AddPrivacyProxy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyProxyOptions>()
            .Bind(configuration.GetSection(PrivacyProxyOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.Upstream.ApiKey))
                {
                    options.Upstream.ApiKey = configuration[UpstreamOptions.ApiKeyVariable];
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyProxyOptions>, PrivacyProxyOptionsValidator>();

        // TryAdd: a host (or a fault-injection test) may bring its own detector.
        services.TryAddSingleton<IDetector>(LoadDetector);
        services.AddSingleton(CreateUserIdHasher);
        services.AddSingleton<ClientKeyStore>();
        services.AddSingleton(CreateActiveRules);
        services.AddSingleton<ScanStage>();
        services.AddSingleton<CallerAuthenticator>();
        services.AddSingleton<LocalRouting>();
        services.AddSingleton<UpstreamAuthentication>();
        services.AddHostedService<ProxyStartup>();
        services.AddRulesReload();
        services.AddServedHosts(configuration);
        services.AddAudit(configuration);
        services.AddDashboard(configuration);

        services.AddReverseProxy()
            .LoadFromConfig(configuration.GetSection(ReverseProxySection))
            .AddConfigFilter<RouteProtocolConfigFilter>()
            .AddTransforms<CallerAnonymizationTransformProvider>();
        services.Replace(ServiceDescriptor.Singleton<IForwarderHttpClientFactory, UpstreamHttpClientFactory>());
        return services;
    }

    private static Detector LoadDetector(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PrivacyProxyOptions>>().Value;
        string directory = options.ResolvedRulesDirectory;
        var detector = Detector.Load(directory);
        Log.RulesLoaded(services.GetRequiredService<ILogger<Detector>>(), detector.RuleCount, directory);
        return detector;
    }

    private static ActiveRulesHolder CreateActiveRules(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PrivacyProxyOptions>>().Value;
        var detector = services.GetRequiredService<IDetector>();
        return new ActiveRulesHolder(new ActiveRules(detector, PolicyLoader.Compile(options, detector, options.ResolvedRulesDirectory)));
    }

    private static UserIdHasher CreateUserIdHasher(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PrivacyProxyOptions>>().Value;
        byte[] key = InstallationKey.LoadOrCreate(options, out string path, out bool created);
        if (created)
        {
            Log.InstallationKeyCreated(services.GetRequiredService<ILogger<UserIdHasher>>(), path);
        }

        return new UserIdHasher(key);
    }
}
