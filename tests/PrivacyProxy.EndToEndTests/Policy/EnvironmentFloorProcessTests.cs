using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PrivacyProxy.EndToEndTests.Hosting;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// The issue's floors exactly as an operator sets them, from the environment (<c>__</c> for <c>:</c>) on the built
/// program: a secret reaches no upstream, health data only the local one under the mapped model, the rest is scrubbed.
/// </summary>
public sealed partial class EnvironmentFloorProcessTests : IAsyncLifetime
{
    private const string LocalModel = "deepseek-r1:32b";
    private FakeUpstream _hosted = null!;
    private LocalModelServer _local = null!;
    private string _workingDirectory = null!;

    public async Task InitializeAsync()
    {
        _hosted = await FakeUpstream.StartAsync();
        _local = await LocalModelServer.StartAsync();
        _workingDirectory = Directory.CreateTempSubdirectory("privacyproxy-policy-env-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _hosted.DisposeAsync();
        await _local.DisposeAsync();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    [Fact]
    public async Task Serve_PoliciesFromEnvironment_BlockRouteLocalAndRedact()
    {
        using var process = ServeProcess.Start(_workingDirectory, ["--urls", "http://127.0.0.1:0"], new Dictionary<string, string>
        {
            ["ReverseProxy__Clusters__hosted__Destinations__primary__Address"] = _hosted.BaseUri.ToString(),
            ["ReverseProxy__Clusters__local__Destinations__primary__Address"] = _local.BaseUri.ToString(),
            ["DEEPSEEK_API_KEY"] = ProxyFixture.UpstreamKey,
            ["PrivacyProxy__Policies__default__Actions__SECRET"] = "block",
            ["PrivacyProxy__Policies__default__Actions__HEALTH"] = "route-local",
            [$"PrivacyProxy__LocalModels__{FakeReplies.DefaultModel}"] = LocalModel,
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        try
        {
            using var client = new HttpClient { BaseAddress = await WaitForListeningAsync(process), Timeout = TimeSpan.FromSeconds(60) };

            using var blocked = await PostAsync(client, Sample.ApiKey.Text);
            using var routed = await PostAsync(client, Sample.Diagnosis.Text);
            using var redacted = await PostAsync(client, Sample.Email.Text);

            ((int)blocked.StatusCode).Should().Be(403);
            string refusal = await blocked.Content.ReadAsStringAsync();
            Sample.Which(refusal).Should().BeEmpty("a refusal never quotes a value");
            refusal.Should().Contain(Sample.ApiKey.Rule);
            routed.IsSuccessStatusCode.Should().BeTrue();
            Sample.Which(await routed.Content.ReadAsStringAsync()).Should().Be(Sample.Which(Sample.Diagnosis.Text), "the local model's answer comes back");
            var local = _local.Requests.Should().ContainSingle("only the health request goes to the local server").Subject;
            local.Json.GetProperty("model").GetString().Should().Be(LocalModel);
            local.Everything.Contains(ProxyFixture.UpstreamKey, StringComparison.Ordinal).Should().BeFalse("the hosted key is not for the local server");
            redacted.IsSuccessStatusCode.Should().BeTrue();
            var hosted = _hosted.Requests.Should().ContainSingle("only the e-mail request goes to the hosted API").Subject;
            Sample.Which(hosted.Everything).Should().BeEmpty("and leaves scrubbed");
            ReportedDecision.Of(redacted).Should().Be(new ReportedDecision("default", "redact", "CONTACT=1", null));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string text) =>
        client.PostAsync(PolicyRequests.Chat, new StringContent(PolicyRequests.ChatBody(text), Encoding.UTF8, "application/json"));

    private static async Task<Uri> WaitForListeningAsync(Process process)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            output.AppendLine(line);
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value + "/");
            }
        }

        throw new InvalidOperationException("The proxy exited before listening:\n" + output + await process.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
