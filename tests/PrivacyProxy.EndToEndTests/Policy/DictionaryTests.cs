using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;
using PrivacyProxy.Protocols;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// A policy's dictionaries: deny terms found as category CUSTOM with the list's name as placeholder type (inline or
/// from a file under the rules folder, whole words, case-insensitive or exact), a list that blocks, and an allow
/// term left untouched while other values beside it are scrubbed.
/// </summary>
public sealed class DictionaryTests(DictionaryFixture fixture) : IClassFixture<DictionaryFixture>
{
    [Fact]
    public async Task InlineTerms_AnyCase_ReplacedAsCodenamesAndRestored()
    {
        fixture.ClearUpstreams();
        string text = $"status of {DictionaryFixture.CodeNames[0]} and {DictionaryFixture.CodeNames[1].ToUpperInvariant()} this week";

        var (sent, answer, decision) = await Chat(text);

        Leaked(sent).Should().BeEmpty("deny terms must not leave");
        sent.Should().Contain("[[CODENAMES_1]]").And.Contain("[[CODENAMES_2]]");
        (answer == FakeReplies.Content(text)).Should().BeTrue("the terms are restored: {0}", Leaked(answer));
        decision.Should().Be(new ReportedDecision("default", "redact", "CUSTOM=2", null));
    }

    [Fact]
    public async Task InlineTerm_InsideALongerWord_NotMatched()
    {
        fixture.ClearUpstreams();
        string text = $"the {DictionaryFixture.CodeNames[1]}s sang and {DictionaryFixture.CodeNames[1]}2 is a build tag";

        var (sent, _, decision) = await Chat(text);

        (sent == text).Should().BeTrue("terms match whole words only");
        decision.Findings.Should().BeNull();
    }

    [Fact]
    public async Task FileTerms_CaseSensitive_OnlyExactCaseReplaced()
    {
        fixture.ClearUpstreams();
        string exact = DictionaryFixture.Customers[0];
        string lower = exact.ToLowerInvariant();
        string text = $"renewal for {exact}; not to be confused with {lower} in the fiction";

        var (sent, answer, decision) = await Chat(text);

        sent.Contains(exact, StringComparison.Ordinal).Should().BeFalse("the exact-case term from the file is replaced");
        sent.Contains(lower, StringComparison.Ordinal).Should().BeTrue("another case is not the term of a case-sensitive list");
        sent.Contains("[[CUSTOMERS_1]]", StringComparison.Ordinal).Should().BeTrue("the list's name is the placeholder type");
        (answer == FakeReplies.Content(text)).Should().BeTrue("the term is restored: {0}", Leaked(answer));
        decision.Findings.Should().Be("CUSTOM=1");
    }

    [Fact]
    public async Task BlockingList_Refused403NamingListNotTerm()
    {
        fixture.ClearUpstreams();

        using var response = await fixture.PostAsync(
            PolicyRequests.Anthropic, PolicyRequests.AnthropicBody($"draft the memo on {DictionaryFixture.Embargoed[0]} today"), ProxyFixture.CallerKey);

        await ErrorShape.AssertAsync(response, ErrorDialect.Anthropic, 403);
        string body = await response.Content.ReadAsStringAsync();
        Leaked(body).Should().BeEmpty("a refusal never quotes the term");
        body.Should().Contain("CUSTOM/EMBARGOED_DEALS").And.Contain("dictionary:embargoed-deals");
        fixture.Upstream.Requests.Should().BeEmpty();
        fixture.Local.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AllowTerm_PublicAddressLeftWhileAnotherEmailScrubbed()
    {
        fixture.ClearUpstreams();
        string text = $"write to {DictionaryFixture.SupportAddress} or to {Planted.Email} about it";

        var (sent, answer, decision) = await Chat(text);

        sent.Should().Contain(DictionaryFixture.SupportAddress, "the allow term is never redacted");
        Planted.Which(sent).Should().BeEmpty("the other e-mail is");
        sent.Should().Contain("[[EMAIL_1]]");
        (answer == FakeReplies.Content(text)).Should().BeTrue("restored: {0}", Planted.Which(answer));
        decision.Findings.Should().Be("CONTACT=1");
    }

    // Sends text on the chat route; returns the user text the upstream saw, the answer's content and the decision headers.
    private async Task<(string Sent, string Answer, ReportedDecision Decision)> Chat(string text)
    {
        using var response = await fixture.PostAsync(PolicyRequests.Chat, PolicyRequests.ChatBody(text), ProxyFixture.CallerKey);
        response.IsSuccessStatusCode.Should().BeTrue();
        fixture.Local.Requests.Should().BeEmpty();
        string sent = FakeAnswers.LastUserText(fixture.Upstream.Requests.Should().ContainSingle().Subject.Json);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string answer = json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        return (sent, answer, ReportedDecision.Of(response));
    }

    // Indexes of the fixture's deny terms found in the text (any case): safe to print.
    private static string Leaked(string text)
    {
        string[] terms = [.. DictionaryFixture.CodeNames, .. DictionaryFixture.Customers, .. DictionaryFixture.Embargoed];
        return string.Join(',', terms.Select((t, i) => (t, i)).Where(p => text.Contains(p.t, StringComparison.OrdinalIgnoreCase)).Select(p => "#" + p.i));
    }
}
