using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Transport;

/// <summary>
/// Random encodings of planted values in query strings and random placements in headers (fixed seeds, so a failure
/// reproduces): nothing of a value ever reaches the upstream, in any decoded form.
/// </summary>
public sealed class TransportPropertyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    private const int Iterations = 40;

    private static readonly string[] Contexts = ["key {0}", "card {0}", "mail {0}", "ssn {0}", "server {0}"];

    private static readonly string[] HeaderNames =
        ["Accept", "anthropic-beta", "anthropic-version", "X-Custom", "X-Note", "Referer", "Origin", "Cookie", "Accept-Language"];

    [Fact]
    public async Task RandomlyEncodedQueryValues_NeverReachUpstream()
    {
        var random = new Random(7001);
        for (int i = 0; i < Iterations; i++)
        {
            int planted = random.Next(Planted.All.Count);
            string value = string.Format(System.Globalization.CultureInfo.InvariantCulture, Contexts[planted], Planted.All[planted]);
            string query = $"?beta=true&{(random.Next(2) == 0 ? "q" : "note")}={Encode(value, random)}";

            var upstream = await SendAsync(random.Next(2) == 0 ? "v1/models" : "v1/chat/completions", query, header: null);

            Leaks.In(upstream).Should().BeEmpty("iteration {0}: a randomly encoded planted value must not reach the upstream", i);
        }
    }

    [Fact]
    public async Task PlantedValuesInRandomHeaders_NeverReachUpstream()
    {
        var random = new Random(7002);
        string[] paths = ["anthropic/v1/messages", "v1/chat/completions", "v1/models", "api/tags"];
        for (int i = 0; i < Iterations; i++)
        {
            string value = Planted.All[random.Next(Planted.All.Count)];
            string name = HeaderNames[random.Next(HeaderNames.Length)];
            string header = random.Next(4) switch
            {
                0 => value,
                1 => "text/" + value,
                2 => "claude-code-20250219," + value.ToLowerInvariant().Replace(' ', '-') + "-2025-01-01",
                _ => "application/json; x=\"" + value + "\"",
            };

            var upstream = await SendAsync(paths[random.Next(paths.Length)], "", (name, header));

            Leaks.In(upstream).Should().BeEmpty("iteration {0}: a planted value in a header must not reach the upstream", i);
        }
    }

    /// <summary>Percent-encodes 1-3 times, each time with a random choice of which characters, hex case and '+'.</summary>
    private static string Encode(string value, Random random)
    {
        string text = value;
        int rounds = random.Next(1, 4);
        for (int round = 0; round < rounds; round++)
        {
            var builder = new StringBuilder();
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                bool unreserved = char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
                if (b == (byte)' ' && round == 0 && random.Next(2) == 0)
                {
                    builder.Append('+');
                }
                else if (!unreserved || random.Next(3) == 0)
                {
                    builder.Append('%').Append(random.Next(2) == 0 ? b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append((char)b);
                }
            }

            text = builder.ToString();
        }

        return text;
    }

    private async Task<RecordedRequest> SendAsync(string path, string query, (string Name, string Value)? header)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        bool bodyless = path is "v1/models" or "api/tags";
        using var request = new HttpRequestMessage(bodyless ? HttpMethod.Get : HttpMethod.Post, path + query);
        if (!bodyless)
        {
            object body = path.StartsWith("anthropic", StringComparison.Ordinal)
                ? Anthropic.AnthropicRequests.Simple("hello")
                : new { model = FakeReplies.DefaultModel, messages = new[] { new { role = "user", content = "hello" } } };
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Name, h.Value).Should().BeTrue();
        }

        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue("the request is valid: {0}", (int)response.StatusCode);
        return fixture.Upstream.Requests.Should().ContainSingle().Subject;
    }
}
