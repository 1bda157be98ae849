using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Policies;
using PrivacyProxy.Policies.Reloading;

namespace PrivacyProxy.EndToEndTests.Reload;

/// <summary><c>PrivacyProxy:ConfigFile</c>: its place among the configuration sources, and a strict start.</summary>
public sealed class ConfigFileTests
{
    private static readonly Uri Upstream = new("http://127.0.0.1:9/");

    [Fact]
    public void ConfigFile_AmongDefaultSources_OverridesAppSettingsAndYieldsToEnvironmentAndCommandLine()
    {
        var root = Path.Combine(Path.GetTempPath(), "privacyproxy-configfile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var variable = "PPRELOADTEST" + Guid.NewGuid().ToString("N");
        try
        {
            File.WriteAllText(Path.Combine(root, "appsettings.json"), Values(variable, "app"));
            File.WriteAllText(Path.Combine(root, "extra.json"), Values(variable, "file"));
            Environment.SetEnvironmentVariable($"{variable}__B", "environment");
            var configuration = new ConfigurationManager();
            configuration.AddJsonFile(Path.Combine(root, "appsettings.json"));
            configuration.AddEnvironmentVariables();
            configuration.AddCommandLine([$"--{OperatorConfigFile.Key}={Path.Combine(root, "extra.json")}", $"--{variable}:C=command-line"]);

            OperatorConfigFile.AddTo(configuration);

            configuration[$"{variable}:A"].Should().Be("file", "the config file overrides appsettings.json");
            configuration[$"{variable}:B"].Should().Be("environment", "environment variables override the config file");
            configuration[$"{variable}:C"].Should().Be("command-line", "the command line overrides the config file");
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{variable}__B", null);
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task ProxyApplication_WithConfigFile_WatchesAppSettingsAndOrdersSourcesAsDocumented()
    {
        var root = ReloadingProxy.CreateWorkspace(ReloadingProxy.PolicyConfig());
        try
        {
            await using var app = ProxyTestHost.Build(Upstream, ReloadingProxy.Settings(root), null, "http://127.0.0.1:0", out _);

            var providers = ((IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>()).Providers.ToList();
            var appSettings = providers.FindIndex(p => p is JsonConfigurationProvider { Source.Path: "appsettings.json" });
            var configFile = providers.FindIndex(p => p is JsonConfigurationProvider { Source.Path: var path } && path == ReloadingProxy.ConfigFileName);
            var environment = providers.FindLastIndex(p => p is EnvironmentVariablesConfigurationProvider);
            var commandLine = providers.FindLastIndex(p => p is CommandLineConfigurationProvider);
            ((JsonConfigurationProvider)providers[appSettings]).Source.ReloadOnChange.Should().BeTrue("appsettings.json next to the program is watched");
            ((JsonConfigurationProvider)providers[configFile]).Source.ReloadOnChange.Should().BeTrue();
            configFile.Should().BeGreaterThan(appSettings).And.BeLessThan(environment);
            environment.Should().BeLessThan(commandLine);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void ConfigFile_Missing_StartRefusedNamingTheKey()
    {
        var missing = Path.Combine(Path.GetTempPath(), "privacyproxy-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var build = () => ProxyTestHost.Build(Upstream, new Dictionary<string, string?> { [OperatorConfigFile.Key] = missing }, null, "http://127.0.0.1:0", out _);

        build.Should().Throw<InvalidOperationException>().WithMessage($"*{OperatorConfigFile.Key}*");
    }

    [Fact]
    public async Task ConfigFile_BadPolicyAtStart_StartRefusedNamingTheKey()
    {
        var root = ReloadingProxy.CreateWorkspace(ReloadingProxy.PolicyConfig(("SECRET", "blok")));
        try
        {
            await using var app = ProxyTestHost.Build(Upstream, ReloadingProxy.Settings(root), null, "http://127.0.0.1:0", out _);

            var start = () => app.StartAsync();

            (await start.Should().ThrowAsync<PolicyCompilationException>())
                .Which.Message.Should().Contain("PrivacyProxy:Policies:default:Actions:SECRET");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Values(string section, string value) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { [section] = new { A = value, B = value, C = value } });
}
