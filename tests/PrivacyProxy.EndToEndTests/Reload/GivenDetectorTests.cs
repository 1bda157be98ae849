using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Detection;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Reload;

/// <summary>A host given its own detector (not one loaded from rule files) keeps it on reload; its policies still reload.</summary>
public sealed class GivenDetectorTests
{
    [Fact]
    public async Task GivenDetector_PolicyEdited_PolicyReloadsAndRuleFilesAreNotRead()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var root = ReloadingProxy.CreateWorkspace(ReloadingProxy.PolicyConfig(("SECRET", "redact")));
        string data = "";
        try
        {
            await using var app = ProxyTestHost.Build(
                upstream.BaseUri, ReloadingProxy.Settings(root), null, "http://127.0.0.1:0", out data,
                services => services.AddSingleton<IDetector>(new TokenDetector()));
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
            (await StatusAsync(http)).Should().Be(HttpStatusCode.OK);

            // A broken pack the given detector never reads, and a policy edit that must still apply.
            File.WriteAllText(Path.Combine(root, "rules", "broken.json"), "{ not json");
            File.WriteAllText(Path.Combine(root, ReloadingProxy.ConfigFileName), ReloadingProxy.PolicyConfig(("SECRET", "block")));

            await ReloadingProxy.EventuallyAsync(() => StatusAsync(http), status => status == HttpStatusCode.Forbidden, "the edited policy");
            using var health = JsonDocument.Parse(await http.GetStringAsync("healthz"));
            health.RootElement.GetProperty("status").GetString().Should().Be("ok", "the given detector is kept, the rule files are not loaded");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http)
    {
        var body = JsonSerializer.Serialize(new { model = FakeReplies.DefaultModel, messages = new[] { new { role = "user", content = "token " + TokenDetector.Token } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Finds one fixed token as a secret.</summary>
    private sealed class TokenDetector : IDetector
    {
        public const string Token = "FAKETOKEN-7731";

        public IReadOnlyList<Finding> Detect(string text)
        {
            var findings = new List<Finding>();
            for (var at = text.IndexOf(Token, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Token, at + Token.Length, StringComparison.Ordinal))
            {
                findings.Add(new Finding(at, at + Token.Length, "SECRET", "API_KEY", "fake-token"));
            }

            return findings;
        }
    }
}
