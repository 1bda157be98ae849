using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PrivacyProxy.Detection;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Errors;

/// <summary>A fault inside detection fails closed: an error answer, nothing forwarded, no value in the logs.</summary>
public sealed class ScanFaultTests
{
    [Fact]
    public async Task Request_DetectorThrows_500ScanFailedNothingForwardedNothingLogged()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var logs = new CapturingLoggerProvider();
        await using var app = ProxyTestHost.Build(
            upstream.BaseUri,
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            logs,
            "http://127.0.0.1:0",
            out string data,
            services => services.AddSingleton<IDetector, ThrowingDetector>());
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
        string body = JsonSerializer.Serialize(new { model = "m", messages = new[] { new { role = "user", content = Planted.Sentence } } });

        using var response = await client.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).Should().Be(500);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("scan_failed");
        upstream.Requests.Should().BeEmpty();
        logs.Entries.Should().Contain(e => e.Contains("could not be scanned", StringComparison.Ordinal));
        foreach (var entry in logs.Entries)
        {
            Planted.Which(entry).Should().BeEmpty("the exception's message quotes the text and must not be logged");
        }

        await app.StopAsync();
        Directory.Delete(data, recursive: true);
    }
}
