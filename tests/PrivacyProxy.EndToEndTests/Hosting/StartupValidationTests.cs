using Microsoft.Extensions.Options;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Hosting;

/// <summary>Configuration the proxy must refuse at start, and what it creates on first start.</summary>
public sealed class StartupValidationTests
{
    private static readonly Uri Upstream = new("http://127.0.0.1:9/");

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    [InlineData("http://*:0")]
    public async Task Start_BeyondLoopbackWithoutClientKeys_Refused(string urls)
    {
        await using var app = ProxyTestHost.Build(Upstream, null, null, urls, out _);

        var start = () => app.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("Listening beyond loopback requires client keys");
    }

    [Fact]
    public async Task Start_BeyondLoopbackWithClientKeys_Starts()
    {
        var settings = new Dictionary<string, string?>
        {
            ["PrivacyProxy:ClientKeys:0:Id"] = "ci",
            ["PrivacyProxy:ClientKeys:0:Key"] = "pp-client-ci-000000000000000000001",
        };
        await using var app = ProxyTestHost.Build(Upstream, settings, null, "http://0.0.0.0:0", out string data);

        await app.StartAsync();

        app.Urls.Should().ContainSingle();
        await app.StopAsync();
        Directory.Delete(data, recursive: true);
    }

    [Theory]
    [InlineData("PrivacyProxy:MaxRequestBodyBytes", "0")]
    [InlineData("PrivacyProxy:ClientKeys:0:Key", "short")]
    public async Task Start_InvalidOptions_Refused(string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value, ["PrivacyProxy:ClientKeys:0:Id"] = "ci" };
        if (key != "PrivacyProxy:ClientKeys:0:Key")
        {
            settings["PrivacyProxy:ClientKeys:0:Key"] = "pp-client-ci-000000000000000000001";
        }

        await using var app = ProxyTestHost.Build(Upstream, settings, null, "http://127.0.0.1:0", out _);

        var start = () => app.StartAsync();

        await start.Should().ThrowAsync<OptionsValidationException>();
    }

    [Fact]
    public async Task Start_RouteWithoutProtocol_Refused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:stray:ClusterId"] = "hosted",
            ["ReverseProxy:Routes:stray:Match:Path"] = "/v1/embeddings",
        };
        // YARP loads routes when they are mapped, so the refusal comes while building the application.
        var start = async () =>
        {
            await using var app = ProxyTestHost.Build(Upstream, settings, null, "http://127.0.0.1:0", out _);
            await app.StartAsync();
        };

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.ToString().Should().Contain("Route 'stray'");
    }

    [Fact]
    public async Task Start_RouteWithUnknownErrorDialect_Refused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:ollama-tags:Metadata:ErrorDialect"] = "2",
        };
        var start = async () =>
        {
            await using var app = ProxyTestHost.Build(Upstream, settings, null, "http://127.0.0.1:0", out _);
            await app.StartAsync();
        };

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.ToString().Should().Contain("Route 'ollama-tags'").And.Contain("ErrorDialect");
    }

    [Fact]
    public async Task Start_FirstTime_CreatesInstallationKeyOwnerOnlyAndKeepsIt()
    {
        await using (var first = await ProxyTestHost.StartAsync(Upstream))
        {
            string path = Path.Combine(first.DataDirectory, "installation.key");
            File.Exists(path).Should().BeTrue();
            string key = await File.ReadAllTextAsync(path);
            Convert.FromBase64String(key).Should().HaveCount(32);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            var again = PrivacyProxy.Security.InstallationKey.LoadOrCreate(path, out bool created);
            created.Should().BeFalse();
            Convert.ToBase64String(again).Should().Be(key, "the key is generated once and then reused");
        }
    }
}
