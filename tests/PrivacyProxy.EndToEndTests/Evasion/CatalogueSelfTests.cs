using System.Text.RegularExpressions;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// The catalogue checks itself without a proxy: enough cases, well-formed ids that never show a value, and every
/// planted value findable in the request as sent (so each row fails if the proxy forwarded its request unchanged).
/// </summary>
public sealed partial class CatalogueSelfTests
{
    // xunit 2 shows at most this many characters of a string argument in a test's name.
    private const int MaxShownId = 50;

    [Fact]
    public void Catalogue_HasEveryClassAndEnoughCases()
    {
        var all = EvasionCatalogue.All;
        all.Count.Should().BeGreaterThanOrEqualTo(200);
        all.Select(c => c.Id.Split('.')[0]).Distinct().Should().BeEquivalentTo(
            ["plain", "field", "json", "fold", "encoded", "split", "header", "upload", "tokens", "identity", "lookalike", "bomb"]);
        Enum.GetValues<ProtocolGroup>().Should().OnlyContain(g => all.Any(c => c.Carrier.Group == g));
    }

    [Fact]
    public void Ids_AreWellFormedAndNeverShowTheValue()
    {
        foreach (var @case in EvasionCatalogue.All)
        {
            IdShape().IsMatch(@case.Id).Should().BeTrue("id {0} is class.variant.route", @case.Id);
            @case.Id.Length.Should().BeLessThanOrEqualTo(MaxShownId, "xunit cuts longer arguments in test names, and {0} must show whole", @case.Id);
            if (@case.Secret is { } secret)
            {
                (LeakFinder.Find(@case.Id, secret) is null).Should().BeTrue("id {0} must not show its value", @case.Id);
            }
        }
    }

    [Fact]
    public async Task EveryPlantedValue_IsFoundInTheRequestAsSent()
    {
        var unseen = new List<string>();
        foreach (var @case in EvasionCatalogue.All.Where(c => c.Secret is not null))
        {
            using var request = @case.Request();
            if (LeakFinder.Find([await AsRecordedAsync(request)], @case.Secret!) is null)
            {
                unseen.Add(@case.Id);
            }
        }

        unseen.Should().BeEmpty("the leak finder must see each planted value in the unscrubbed request, or the case proves nothing");
    }

    [Fact]
    public async Task EveryLookAlike_ArrivesInTheRequestAsSent()
    {
        var missing = new List<string>();
        foreach (var @case in EvasionCatalogue.All.Where(c => c.Expect == Expect.Intact))
        {
            using var request = @case.Request();
            if (!EvasionCheck.Arrived(await AsRecordedAsync(request), @case.IntactText!))
            {
                missing.Add(@case.Id);
            }
        }

        missing.Should().BeEmpty("the intact check must hold for each look-alike request as sent");
    }

    private static async Task<RecordedRequest> AsRecordedAsync(HttpRequestMessage request)
    {
        var headers = request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();
        byte[] body = [];
        if (request.Content is not null)
        {
            headers.AddRange(request.Content.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))));
            body = await request.Content.ReadAsByteArrayAsync();
        }

        string uri = request.RequestUri!.OriginalString;
        int query = uri.IndexOf('?', StringComparison.Ordinal);
        return new RecordedRequest(request.Method.Method, "/" + (query < 0 ? uri : uri[..query]), query < 0 ? "" : uri[query..], headers, body);
    }

    [GeneratedRegex("^[a-z0-9]+\\.[a-z0-9-]+\\.[a-z0-9-]+$")]
    private static partial Regex IdShape();
}
