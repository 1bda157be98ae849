using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// Property through a real proxy (issue 7, items 5 and 11): a value of any class, split at random points into two
/// to four pieces spread over content parts, blocks or consecutive messages of one role on any route that has
/// them, never reaches the upstream whole or in most of its pieces. Fixed seed; a failure lists rounds and classes.
/// </summary>
public sealed class SplitPropertyTests(ProxyFixture fixture) : IClassFixture<ProxyFixture>
{
    private const int Rounds = 60;

    [Fact]
    public async Task RandomSplitsAcrossPieces_NeverLetTheValueThrough()
    {
        var random = new Random(7011);
        var values = new SecretValues(7011);
        var carriers = Carrier.WithPieces.ToList();
        var leaked = new List<string>();
        for (int round = 0; round < Rounds; round++)
        {
            var classes = values.OneOfEach().Where(s => s.Kind != "privkey").ToList();
            var secret = classes[round % classes.Count];
            var carrier = carriers[random.Next(carriers.Count)];
            var pieces = Split(secret.Text, random);
            var spread = carrier.Parts is not null && (carrier.Messages is null || random.Next(2) == 0) ? carrier.Parts : carrier.Messages!;
            List<string> texts = [.. pieces];
            texts[0] = $"Here it is: {secret.Cue} {texts[0]}";
            texts[^1] += " and nothing else.";

            fixture.Upstream.Clear();
            using var client = fixture.Http();
            using var request = spread(texts);
            using var response = await client.SendAsync(request);

            var forwarded = fixture.Upstream.Requests;
            bool refused = forwarded.Count == 0 && (int)response.StatusCode is >= 400 and < 500;
            if (!refused && LeakFinder.Find(forwarded, secret with { Pieces = pieces }) is not null)
            {
                leaked.Add($"round {round} ({secret.Kind} in {pieces.Count} pieces on {carrier.Name})");
            }
        }

        leaked.Should().BeEmpty("a value split across pieces must not reach the upstream");
    }

    /// <summary>Two to four non-empty pieces, cut at random points.</summary>
    private static List<string> Split(string value, Random random)
    {
        int count = random.Next(2, 5);
        var cuts = Enumerable.Range(0, count - 1).Select(_ => random.Next(1, value.Length)).Distinct().Order().ToList();
        var pieces = new List<string>();
        int from = 0;
        foreach (int cut in cuts.Append(value.Length))
        {
            pieces.Add(value[from..cut]);
            from = cut;
        }

        return pieces;
    }
}
