using System.Net;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Reload;

/// <summary>
/// Issue 8 item 6 through real HTTP: policies, dictionaries and rule packs edited while the proxy runs take effect
/// on the next requests without a restart; a broken edit keeps the last good set and shows on /healthz.
/// </summary>
public sealed class HotReloadTests
{
    // A value only the test's own rule pack detects (fake; never printed).
    private const string Ticket = "TKT-58301746";

    // A deny term no shipped rule detects (fake project code name; never printed).
    private const string CodeName = "Bluefin Harbor";

    [Fact]
    public async Task ConfigFile_SecretChangedToBlock_NextRequestsRefusedAndNothingForwarded()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig(("SECRET", "redact")));
        using (var before = await proxy.ChatAsync("my key " + Planted.AwsKey))
        {
            before.StatusCode.Should().Be(HttpStatusCode.OK, "the secret is redacted before the edit");
        }

        proxy.WriteConfig(ReloadingProxy.PolicyConfig(("SECRET", "block")));

        await ReloadingProxy.EventuallyAsync(
            () => StatusOfChatAsync(proxy, "my key " + Planted.AwsKey), status => status == HttpStatusCode.Forbidden, "a blocked secret");
        proxy.Upstream.Clear();
        using var refused = await proxy.ChatAsync("my key " + Planted.AwsKey);
        string body = await refused.Content.ReadAsStringAsync();
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        Planted.AnyIn(body).Should().BeFalse("the refusal names rules, never values");
        body.Should().Contain("aws-access-token");
        proxy.Upstream.Requests.Should().BeEmpty("a blocked request reaches no upstream");
        (await proxy.HealthAsync()).Body.GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task ConfigFile_DenyTermAdded_NextRequestsScrubIt()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig());
        (await proxy.ChatAsync("status of " + CodeName)).Dispose();
        proxy.Upstream.Requests.Single().BodyText.Contains(CodeName, StringComparison.Ordinal).Should().BeTrue("no dictionary names it yet");

        proxy.WriteConfig(JsonSerializer.Serialize(new
        {
            PrivacyProxy = new { Policies = new { @default = new { Dictionaries = new[] { new { Name = "code-names", Terms = new[] { CodeName } } } } } },
        }));

        var upstreamBody = await ReloadingProxy.EventuallyAsync(
            async () =>
            {
                proxy.Upstream.Clear();
                (await proxy.ChatAsync("status of " + CodeName)).Dispose();
                return proxy.Upstream.Requests.Single().BodyText;
            },
            text => !text.Contains(CodeName, StringComparison.Ordinal),
            "the deny term scrubbed");
        upstreamBody.Should().Contain("CODE_NAMES", "the term is replaced by a placeholder of its dictionary's type");
    }

    [Fact]
    public async Task DictionaryFile_TermAdded_NextRequestsScrubIt()
    {
        var config = JsonSerializer.Serialize(new
        {
            PrivacyProxy = new { Policies = new { @default = new { Dictionaries = new[] { new { Name = "code-names", File = "reload-test.txt" } } } } },
        });
        var root = ReloadingProxy.CreateWorkspace(config);
        var terms = Path.Combine(root, "rules", "dictionaries", "reload-test.txt");
        File.WriteAllText(terms, "# code names\nSome Other Name\n");
        await using var upstream = await FakeUpstream.StartAsync();
        try
        {
            await using var host = await ProxyTestHost.StartAsync(upstream.BaseUri, ReloadingProxy.Settings(root));
            using var http = new HttpClient { BaseAddress = host.BaseUri };
            (await SendAsync(http, upstream)).Contains(CodeName, StringComparison.Ordinal).Should().BeTrue("the file does not list it yet");

            File.AppendAllText(terms, CodeName + "\n");

            await ReloadingProxy.EventuallyAsync(() => SendAsync(http, upstream), text => !text.Contains(CodeName, StringComparison.Ordinal), "the new term scrubbed");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        static async Task<string> SendAsync(HttpClient http, FakeUpstream upstream)
        {
            upstream.Clear();
            var body = JsonSerializer.Serialize(new { model = FakeReplies.DefaultModel, messages = new[] { new { role = "user", content = "status of " + CodeName } } });
            using var response = await http.PostAsync("v1/chat/completions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            return upstream.Requests.Single().BodyText;
        }
    }

    [Fact]
    public async Task RulePack_AddedThenBroken_OldSetKeptAndDegradedThenFixedOk()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig());
        proxy.WriteRulePack("tickets.json", TicketPack("TKT-[0-9]{8}"));
        await ReloadingProxy.EventuallyAsync(() => UpstreamSeesTicketAsync(proxy), seen => !seen, "the new rule pack in force");

        proxy.WriteRulePack("tickets.json", TicketPack("TKT-[0-9{8"));

        var degraded = await proxy.HealthIsAsync("degraded");
        var problem = degraded.GetProperty("problems").EnumerateArray().Should().ContainSingle().Subject;
        problem.GetProperty("file").GetString().Should().Be("tickets.json");
        problem.GetProperty("rule").GetString().Should().Be("test-ticket-number");
        problem.GetProperty("problem").GetString().Should().Contain("regex");
        (await proxy.HealthAsync()).Status.Should().Be(200, "a degraded proxy keeps serving");
        (await UpstreamSeesTicketAsync(proxy)).Should().BeFalse("the last good rules, with the ticket rule, stay in force");
        proxy.Upstream.Clear();
        (await proxy.ChatAsync("my key " + Planted.AwsKey)).Dispose();
        Planted.AnyIn(proxy.Upstream.Requests.Single().Everything).Should().BeFalse("the shipped rules still scrub");

        proxy.WriteRulePack("tickets.json", TicketPack("TKT-[0-9]{8}"));

        var ok = await proxy.HealthIsAsync("ok");
        ok.GetProperty("problems").GetArrayLength().Should().Be(0, "a good reload clears the problems");
    }

    [Fact]
    public async Task ConfigFile_UnknownAction_DegradedNamingKeyAndOldPolicyEnforced()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig(("SECRET", "block")));

        proxy.WriteConfig(ReloadingProxy.PolicyConfig(("SECRET", "blok")));

        var degraded = await proxy.HealthIsAsync("degraded");
        var problem = degraded.GetProperty("problems").EnumerateArray().Should().ContainSingle().Subject;
        problem.GetProperty("file").GetString().Should().Be(ReloadingProxy.ConfigFileName);
        problem.GetProperty("rule").GetString().Should().Be("PrivacyProxy:Policies:default:Actions:SECRET");
        problem.GetProperty("problem").GetString().Should().Contain("unknown action");
        await AssertStillBlockedAsync(proxy);

        proxy.WriteConfig(ReloadingProxy.PolicyConfig(("SECRET", "redact")));

        await proxy.HealthIsAsync("ok");
        using var redacted = await proxy.ChatAsync("my key " + Planted.AwsKey);
        redacted.StatusCode.Should().Be(HttpStatusCode.OK, "the fixed edit is the policy now");
    }

    [Fact]
    public async Task ConfigFile_NoLongerJson_DegradedAndBlockKept()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig(("SECRET", "block")));

        // Half a file, as a save interrupted midway leaves it: the configuration would read it as no keys at all.
        proxy.WriteConfig("{ \"PrivacyProxy\": { \"Policies\": { \"default\": ");

        var degraded = await proxy.HealthIsAsync("degraded");
        var problem = degraded.GetProperty("problems").EnumerateArray().Should().ContainSingle().Subject;
        problem.GetProperty("file").GetString().Should().Be(ReloadingProxy.ConfigFileName);
        problem.GetProperty("problem").GetString().Should().StartWith("not valid JSON");
        await AssertStillBlockedAsync(proxy);

        proxy.WriteConfig(ReloadingProxy.PolicyConfig(("SECRET", "block")));

        await proxy.HealthIsAsync("ok");
        await AssertStillBlockedAsync(proxy);
    }

    [Fact]
    public async Task ConfigFile_Deleted_DegradedAndBlockKept()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig(("SECRET", "block")));

        File.Delete(proxy.ConfigFile);

        var degraded = await proxy.HealthIsAsync("degraded");
        degraded.GetProperty("problems")[0].GetProperty("file").GetString().Should().Be(ReloadingProxy.ConfigFileName);
        await AssertStillBlockedAsync(proxy);
    }

    [Fact]
    public async Task ConfigFile_ValueOfWrongType_DegradedNamingKeyWithoutValueAndBlockKept()
    {
        var logs = new CapturingLoggerProvider();
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig(("SECRET", "block")), logs);

        // A key pasted into the wrong setting: the binder's own message would quote it.
        proxy.WriteConfig(JsonSerializer.Serialize(new
        {
            PrivacyProxy = new { MaxRequestBodyBytes = Planted.AwsKey, Policies = new { @default = new { Actions = new { SECRET = "redact" } } } },
        }));

        var degraded = await proxy.HealthIsAsync("degraded");
        var problem = degraded.GetProperty("problems").EnumerateArray().Should().ContainSingle().Subject;
        problem.GetProperty("file").GetString().Should().Be(ReloadingProxy.ConfigFileName);
        problem.GetProperty("rule").GetString().Should().Be("PrivacyProxy:MaxRequestBodyBytes");
        Planted.AnyIn(degraded.GetRawText()).Should().BeFalse("/healthz names the key, never the value");
        await AssertStillBlockedAsync(proxy);
        logs.Entries.Should().Contain(e => e.Contains("PrivacyProxy:MaxRequestBodyBytes", StringComparison.Ordinal), "the log names the key");
        logs.Entries.Count(Planted.AnyIn).Should().Be(0, "no log line holds the value");
    }

    [Fact]
    public async Task ConfigFile_InvalidOption_DegradedAndStillServing()
    {
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig(("SECRET", "block")));

        proxy.WriteConfig(JsonSerializer.Serialize(new
        {
            PrivacyProxy = new { MaxRequestBodyBytes = 0, Policies = new { @default = new { Actions = new { SECRET = "redact" } } } },
        }));

        var degraded = await proxy.HealthIsAsync("degraded");
        degraded.GetProperty("problems")[0].GetProperty("rule").GetString().Should().Be("PrivacyProxy:MaxRequestBodyBytes");
        await AssertStillBlockedAsync(proxy);
    }

    [Fact]
    public async Task Reload_Succeeds_LogsRuleAndPolicyCounts()
    {
        var logs = new CapturingLoggerProvider();
        await using var proxy = await ReloadingProxy.StartAsync(ReloadingProxy.PolicyConfig(), logs);

        proxy.WriteConfig(JsonSerializer.Serialize(new
        {
            PrivacyProxy = new { Policies = new { @default = new { Actions = new { SECRET = "block" } }, support = new { Actions = new { CONTACT = "allow" } } } },
        }));

        var line = await ReloadingProxy.EventuallyAsync(
            () => Task.FromResult(logs.Entries.FirstOrDefault(e => e.Contains("Reloaded ", StringComparison.Ordinal))),
            entry => entry is not null,
            "the reload logged");
        line.Should().MatchRegex(@"Reloaded [1-9]\d* rules, 2 policies");
    }

    private static async Task AssertStillBlockedAsync(ReloadingProxy proxy)
    {
        proxy.Upstream.Clear();
        using var response = await proxy.ChatAsync("my key " + Planted.AwsKey);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden, "the last good policy blocks secrets");
        proxy.Upstream.Requests.Should().BeEmpty();
    }

    private static async Task<HttpStatusCode> StatusOfChatAsync(ReloadingProxy proxy, string text)
    {
        using var response = await proxy.ChatAsync(text);
        return response.StatusCode;
    }

    private static async Task<bool> UpstreamSeesTicketAsync(ReloadingProxy proxy)
    {
        proxy.Upstream.Clear();
        (await proxy.ChatAsync("see ticket " + Ticket)).Dispose();
        return proxy.Upstream.Requests.Single().BodyText.Contains(Ticket, StringComparison.Ordinal);
    }

    private static string TicketPack(string pattern) => JsonSerializer.Serialize(new
    {
        category = "SECRET",
        description = "Test pack written while the proxy runs.",
        rules = new[]
        {
            new
            {
                id = "test-ticket-number",
                type = "API_KEY",
                description = "A made-up ticket token.",
                source = "the reload tests",
                anchors = new[] { "TKT-" },
                pattern,
                examples = new { match = new[] { "ticket «TKT-20481937»" }, noMatch = new[] { "TKT-12" } },
            },
        },
    });
}
