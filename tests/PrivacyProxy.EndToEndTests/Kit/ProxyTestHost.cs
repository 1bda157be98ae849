using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// The proxy in-process, built by the same <see cref="ProxyApplication.Build"/> as <c>serve</c>, on real Kestrel at
/// 127.0.0.1 with a free port, its hosted and local clusters pointed at a fake upstream and its data in a temp folder.
/// </summary>
internal sealed class ProxyTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProxyTestHost(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseUri = new Uri(app.Urls.First() + "/");
    }

    public Uri BaseUri { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Configuration every test host starts from; <paramref name="settings"/> override it.</summary>
    public static Dictionary<string, string?> BaseSettings(Uri upstream, string dataDirectory) => new()
    {
        ["ReverseProxy:Clusters:hosted:Destinations:primary:Address"] = upstream.ToString(),
        ["ReverseProxy:Clusters:local:Destinations:primary:Address"] = upstream.ToString(),
        ["PrivacyProxy:DataDirectory"] = dataDirectory,
        ["PrivacyProxy:Upstream:ApiKey"] = "",
        // Hermetic: a developer's own key in the environment must not leak into the tests.
        ["DEEPSEEK_API_KEY"] = "",
    };

    public static async Task<ProxyTestHost> StartAsync(
        Uri upstream,
        IReadOnlyDictionary<string, string?>? settings = null,
        ILoggerProvider? logger = null,
        string urls = "http://127.0.0.1:0")
    {
        var app = Build(upstream, settings, logger, urls, out string dataDirectory);
        await app.StartAsync();
        return new ProxyTestHost(app, dataDirectory);
    }

    /// <summary>Builds without starting (start-up validation tests start it themselves).</summary>
    public static WebApplication Build(
        Uri upstream,
        IReadOnlyDictionary<string, string?>? settings,
        ILoggerProvider? logger,
        string urls,
        out string dataDirectory,
        Action<IServiceCollection>? services = null)
    {
        dataDirectory = Path.Combine(Path.GetTempPath(), "privacyproxy-e2e-" + Guid.NewGuid().ToString("N"));
        var configuration = BaseSettings(upstream, dataDirectory);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return ProxyApplication.Build(["--urls", urls], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.ClearProviders();
            if (logger is not null)
            {
                builder.Logging.AddProvider(logger);
            }

            services?.Invoke(builder.Services);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
