using PrivacyProxy.Dashboard;
using PrivacyProxy.Egress;
using PrivacyProxy.Policies.Reloading;

namespace PrivacyProxy.Hosting;

/// <summary>
/// Builds the proxy's <see cref="WebApplication"/>: the one composition used by <c>serve</c>, the end-to-end tests
/// and the benchmark. Content root is the program's folder, so the <c>appsettings.json</c> next to it is read
/// from any working directory.
/// </summary>
internal static class ProxyApplication
{
    /// <param name="args">Host arguments (<c>--urls</c>, <c>--Section:Key=value</c>).</param>
    /// <param name="configure">Optional last word on the builder (tests add configuration and loggers).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        configure?.Invoke(builder);
        OperatorConfigFile.AddTo(builder.Configuration);

        // These categories write request lines (path and raw query) and, for malformed requests, header text: they
        // would log values before the proxy has scrubbed anything, whatever level the configuration asks for.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel.BadRequests", LogLevel.None);

        // "Hosting failed to start" comes with a stack trace; serve prints the reason as one line instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddPrivacyProxy(builder.Configuration);

        var app = builder.Build();
        app.UseServedHostCheck();
        app.UseDashboard();
        app.MapDashboard();
        app.MapPrivacyProxy();
        return app;
    }
}
