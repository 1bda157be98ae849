using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// Across the findings of one request the strictest action wins (block &gt; route-local &gt; mask &gt; redact &gt;
/// audit-only &gt; allow), and when the request goes to the hosted API each value is still treated by its own action.
/// The ladder team's policy gives each category a different action.
/// </summary>
[Collection(TeamPolicyCollection.Name)]
public sealed class StrictestActionTests(TeamPolicyFixture fixture)
{
    private static readonly string Key = TeamPolicyFixture.KeyOf("team-ladder");

    [Fact]
    public async Task RandomMixes_StrictestActionWinsAndEachValueGetsItsOwnTreatment()
    {
        var random = new Random(8);
        var pool = Sample.OnePerCategory;
        for (int round = 0; round < 24; round++)
        {
            fixture.ClearUpstreams();
            // Each action is the strictest present in four rounds; weaker categories join at random, in random order.
            int top = TeamPolicyFixture.Actions.Count - 1 - round % TeamPolicyFixture.Actions.Count;
            var chosen = pool.Where(s => Rank(s) == top || (Rank(s) < top && random.Next(2) == 0)).OrderBy(_ => random.Next()).ToList();
            string text = Sample.Join(chosen);
            string expected = TeamPolicyFixture.Actions[top];
            string because = $"round {round}: {string.Join(",", chosen.Select(s => s.Category))}";

            using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(text), Key);

            var decision = ReportedDecision.Of(response);
            decision.Action.Should().Be(expected, because);
            // Counts only, one per category here; their order is not part of the contract.
            var findings = chosen.Where(s => Action(s) != "allow").Select(s => s.Category + "=1").ToList();
            (decision.Findings?.Split(',') ?? []).Should().BeEquivalentTo(findings, because);
            string answer = await response.Content.ReadAsStringAsync();
            switch (expected)
            {
                case "block":
                    ((int)response.StatusCode).Should().Be(403, because);
                    fixture.Upstream.Requests.Should().BeEmpty(because);
                    fixture.Local.Requests.Should().BeEmpty(because);
                    break;
                case "route-local":
                    fixture.Upstream.Requests.Should().BeEmpty(because);
                    Sample.Equal(FakeAnswers.LastUserText(fixture.Local.Requests.Should().ContainSingle(because).Subject.Json), text, because);
                    Sample.Equal(ContentOf(answer), FakeReplies.Content(LocalModelServer.Echo(text)), because);
                    break;
                default:
                    fixture.Local.Requests.Should().BeEmpty(because);
                    string sent = FakeAnswers.LastUserText(fixture.Upstream.Requests.Should().ContainSingle(because).Subject.Json);
                    string content = ContentOf(answer);
                    foreach (var sample in chosen)
                    {
                        string action = Action(sample);
                        sample.In(sent).Should().Be(action is "allow" or "audit-only", "{0}: {1} is {2} on the way out", because, sample.Category, action);
                        sample.In(content).Should().Be(action != "mask", "{0}: {1} is {2} in the answer", because, sample.Category, action);
                    }

                    break;
            }
        }
    }

    private static string Action(Sample sample) => TeamPolicyFixture.Ladder[sample.Category];

    private static int Rank(Sample sample) => TeamPolicyFixture.Actions.ToList().IndexOf(Action(sample));

    private static string ContentOf(string answer)
    {
        using var json = JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
    }
}
