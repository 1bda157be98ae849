using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PrivacyProxy.Health;

namespace PrivacyProxy.EndToEndTests.Reload;

/// <summary>/healthz: <c>starting</c> 503 until the rules are loaded, <c>ok</c> 200, <c>degraded</c> 200 with problems.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_Running_OkWithEmptyProblems()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig());

        using var response = await proxy.Http.GetAsync("healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().Should().Be("ok");
        json.RootElement.GetProperty("problems").GetArrayLength().Should().Be(0);
        proxy.Upstream.Requests.Should().BeEmpty("the probe is the proxy's own, never forwarded");
    }

    [Fact]
    public async Task Health_BeforeRulesLoaded_Starting503()
    {
        var (status, json) = await WriteAsync(new ProxyHealth());

        status.Should().Be(StatusCodes.Status503ServiceUnavailable);
        json.GetProperty("status").GetString().Should().Be("starting");
        json.GetProperty("problems").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Health_ProblemsReported_Degraded200WithEveryProblem()
    {
        var health = new ProxyHealth();
        health.MarkLoaded();
        health.SetProblems([new HealthProblem("pack.json", "some-rule", "bad regex"), new HealthProblem("configuration", null, "is empty")]);

        var (status, json) = await WriteAsync(health);

        status.Should().Be(StatusCodes.Status200OK, "a degraded proxy keeps serving");
        json.GetProperty("status").GetString().Should().Be("degraded");
        var problems = json.GetProperty("problems").EnumerateArray().ToList();
        problems.Should().HaveCount(2);
        problems[0].GetProperty("file").GetString().Should().Be("pack.json");
        problems[0].GetProperty("rule").GetString().Should().Be("some-rule");
        problems[0].GetProperty("problem").GetString().Should().Be("bad regex");
        problems[1].GetProperty("rule").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Health_ProblemsCleared_OkAgain()
    {
        var health = new ProxyHealth();
        health.MarkLoaded();
        health.SetProblems([new HealthProblem("pack.json", "some-rule", "bad regex")]);

        health.SetProblems([]);

        var (status, json) = await WriteAsync(health);
        status.Should().Be(StatusCodes.Status200OK);
        json.GetProperty("status").GetString().Should().Be("ok");
    }

    private static async Task<(int Status, JsonElement Json)> WriteAsync(ProxyHealth health)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;

        await HealthResponse.WriteAsync(context, health.Current);

        using var json = JsonDocument.Parse(body.ToArray());
        return (context.Response.StatusCode, json.RootElement.Clone());
    }
}
