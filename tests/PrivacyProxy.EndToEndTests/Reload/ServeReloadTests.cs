using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Hosting;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Reload;

/// <summary>
/// The built program with <c>PrivacyProxy__ConfigFile</c> set in its environment, as an operator runs it: an edit
/// of that file changes the policy of the running process.
/// </summary>
public sealed class ServeReloadTests
{
    [Fact]
    public async Task Serve_ConfigFileFromEnvironmentEdited_RunningProcessFollowsIt()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var root = ReloadingProxy.CreateWorkspace(ReloadingProxy.PolicyConfig(("SECRET", "redact")));
        var baseUri = new Uri($"http://127.0.0.1:{FreePort()}/");
        using var process = ServeProcess.Start(
            root,
            ["--urls", baseUri.ToString().TrimEnd('/')],
            new Dictionary<string, string>
            {
                ["ReverseProxy__Clusters__hosted__Destinations__primary__Address"] = upstream.BaseUri.ToString(),
                ["PrivacyProxy__RulesDirectory"] = Path.Combine(root, "rules"),
                ["PrivacyProxy__ConfigFile"] = ReloadingProxy.ConfigFileName,
            });

        // Drained so a chatty log cannot fill the pipe and stall the process.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
            await ReloadingProxy.EventuallyAsync(() => HealthStatusAsync(http, process), status => status == HttpStatusCode.OK, "the process listening and ok");
            (await ChatStatusAsync(http)).Should().Be(HttpStatusCode.OK);

            // Relative to the working directory, as the setting's documentation says.
            File.WriteAllText(Path.Combine(root, ReloadingProxy.ConfigFileName), ReloadingProxy.PolicyConfig(("SECRET", "block")));

            await ReloadingProxy.EventuallyAsync(() => ChatStatusAsync(http), status => status == HttpStatusCode.Forbidden, "the edited policy in force");
            upstream.Clear();
            (await ChatStatusAsync(http)).Should().Be(HttpStatusCode.Forbidden);
            upstream.Requests.Should().BeEmpty("a blocked request reaches no upstream");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> HealthStatusAsync(HttpClient http, System.Diagnostics.Process process)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The proxy exited with {process.ExitCode} before listening.");
        }

        try
        {
            using var response = await http.GetAsync("healthz");
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    private static async Task<HttpStatusCode> ChatStatusAsync(HttpClient http)
    {
        var body = JsonSerializer.Serialize(new { model = FakeReplies.DefaultModel, messages = new[] { new { role = "user", content = "my key " + Planted.AwsKey } } });
        using var response = await http.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
