using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// Sends one catalogue case through the proxy (one per protocol family, so families run in parallel) and checks what
/// reached the fake upstream: the planted value in no form, or the look-alike unchanged. Messages name the case, never
/// the value.
/// </summary>
internal static class EvasionCheck
{
    public static async Task RunAsync(ProxyFixture fixture, EvasionCase @case)
    {
        fixture.Upstream.Clear();
        using var client = fixture.Http();
        using var request = @case.Request();
        using var response = await client.SendAsync(request);
        string reply = await response.Content.ReadAsStringAsync();
        var forwarded = fixture.Upstream.Requests;
        int status = (int)response.StatusCode;

        switch (@case.Expect)
        {
            case Expect.Intact:
                // Counts only: a recorded request printed by a failed assertion could show what it carries.
                forwarded.Count.Should().Be(1, "case {0}: a look-alike is forwarded, not refused (status {1})", @case.Id, status);
                Arrived(forwarded[0], @case.IntactText!).Should().BeTrue("case {0}: the look-alike must reach the upstream unchanged", @case.Id);
                return;
            case Expect.Refused:
                forwarded.Count.Should().Be(0, "case {0}: input the proxy cannot scan is not forwarded", @case.Id);
                await AssertRefusalAsync(@case, response, reply);
                return;
            default:
                if (forwarded.Count == 0)
                {
                    await AssertRefusalAsync(@case, response, reply);
                    return;
                }

                var leak = LeakFinder.Find(forwarded, @case.Secret!);
                (leak is null).Should().BeTrue(
                    "case {0}: the planted {1} must reach no upstream in any form, but was found {2} in the {3} view",
                    @case.Id, @case.Secret!.Kind, leak?.Form, leak?.View);
                return;
        }
    }

    private static async Task AssertRefusalAsync(EvasionCase @case, HttpResponseMessage response, string reply)
    {
        int status = (int)response.StatusCode;
        (status is >= 400 and < 500).Should().BeTrue("case {0}: nothing was forwarded, so the proxy must refuse with a 4xx (was {1})", @case.Id, status);
        await ErrorShape.AssertAsync(response, @case.Carrier.Dialect, status);
        (LeakFinder.Find(reply, @case.Secret!) is null).Should().BeTrue("case {0}: a refusal never quotes the planted value", @case.Id);
    }

    /// <summary>True when the text is one of the upstream body's JSON strings exactly, or (for uploads) in the body as bytes.</summary>
    public static bool Arrived(RecordedRequest upstream, string text)
    {
        if (upstream.BodyText.Contains(text, StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            return Strings(upstream.Json).Contains(text);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };
}
