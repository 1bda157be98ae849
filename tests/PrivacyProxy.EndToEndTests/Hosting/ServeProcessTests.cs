using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Hosting;

/// <summary>
/// The built program as a separate process, started from an unrelated working directory with <c>serve --urls</c>
/// and the hosted cluster pointed at the fake upstream by environment variable, answers a chat call.
/// </summary>
public sealed class ServeProcessTests : IAsyncLifetime
{
    private FakeUpstream _upstream = null!;
    private string _workingDirectory = null!;

    public async Task InitializeAsync()
    {
        _upstream = await FakeUpstream.StartAsync();
        _workingDirectory = Directory.CreateTempSubdirectory("privacyproxy-serve-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _upstream.DisposeAsync();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    [Fact]
    public async Task Serve_BuiltExecutable_ScrubsAndRestoresAChatCall()
    {
        using var process = StartProxy();
        try
        {
            var baseUri = await ServeProcess.WaitForListeningAsync(process);
            using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
            string body = JsonSerializer.Serialize(new { model = "m", messages = new[] { new { role = "user", content = Planted.Sentence } } });

            using var response = await client.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

            response.IsSuccessStatusCode.Should().BeTrue();
            Planted.CountIn(await response.Content.ReadAsStringAsync()).Should().Be(Planted.All.Count, "values come back restored");
            var upstream = _upstream.Requests.Should().ContainSingle().Subject;
            Planted.Which(upstream.Everything).Should().BeEmpty("planted values must not leave");
            (upstream.Header("Authorization") == "Bearer sk-process-test-000000000000000001").Should().BeTrue();
            File.Exists(Path.Combine(_workingDirectory, "data", "installation.key")).Should().BeTrue("data/ lives under the working directory");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private System.Diagnostics.Process StartProxy() => ServeProcess.Start(
        _workingDirectory,
        ["--urls", "http://127.0.0.1:0"],
        new Dictionary<string, string>
        {
            ["ReverseProxy__Clusters__hosted__Destinations__primary__Address"] = _upstream.BaseUri.ToString(),
            ["DEEPSEEK_API_KEY"] = "sk-process-test-000000000000000001",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
}
