using PrivacyProxy.Detection.Tests.Realistic;
using Xunit.Abstractions;

namespace PrivacyProxy.Detection.Tests.Recall;

/// <summary>
/// Issue 10 item 4: the value kinds held-out prompts still leaked, generated in many shapes (seeded), must be found
/// at the recall floor by the shipped detector; the look-alike sentences beside each kind must stay untouched.
/// Reports counts and offsets only, never a planted value.
/// </summary>
public sealed class HeldOutRecallTests(ITestOutputHelper output)
{
    private const int CasesPerItem = 600;
    private const double Floor = 0.985;

    private static readonly Dictionary<string, Func<FakeValues, RecallCase>> Items = new(StringComparer.Ordinal)
    {
        ["slack tokens"] = RecallShapes.Slack,
        ["UK phone numbers"] = RecallShapes.UkPhone,
        ["spaced SSNs"] = RecallShapes.SpacedSsn,
        ["passport numbers"] = RecallShapes.Passport,
        ["passwords in prose"] = RecallShapes.Password,
        ["multi-word drugs and conditions"] = RecallShapes.MultiWordHealth,
        ["labelled values failing their check"] = RecallShapes.LabelledMistyped,
        ["CVVs"] = RecallShapes.Cvv,
        ["personal e-mail addresses"] = RecallShapes.PersonEmail,
    };

    public static TheoryData<string> ItemNames() => [.. Items.Keys];

    public static TheoryData<string, string> LookAlikes() => new()
    {
        { "slack docs", "Bot tokens start with xoxb- and user tokens with xoxp-; see https://api.slack.com/authentication/token-types" },
        { "slack placeholder", "SLACK_BOT_TOKEN=xoxb-your-bot-token" },
        { "slack masked", "token: xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX" },
        { "date", "The meeting moved to 01 02 2024 at 10:30." },
        { "order number", "Your order 020 7946 0958 has shipped." },
        { "invoice number", "invoice 07911 123456 is overdue" },
        { "sort code", "the sort code 20-00-00 is printed on the statement" },
        { "version", "upgrade from 0.10.20 to 0.11.3" },
        { "zip and amount", "ZIP 02139, total 123 45 items" },
        { "invalid SSN area", "SSN: 000 12 3456 is not valid" },
        { "SSN 666 area", "SSN 666 12 3456 is never issued" },
        { "SSN 9xx area", "ssn 912 34 5678 (that is an ITIN range)" },
        { "passport prose", "passport photo 600x600 and a passport expiry date" },
        { "passport lib", "passport.js version 0.7.0 with passport-local 1.0.0" },
        { "passport date", "passport issued 20190312" },
        { "password stored", "the password is stored in vault" },
        { "password prose", "the password is required and must be at least 12 characters" },
        { "password reset", "my password was reset yesterday by IT" },
        { "password variable", "password: ${DB_PASSWORD}" },
        { "password policy", "password must contain 1 symbol" },
        { "lithium battery", "the lithium battery pack needs replacing" },
        { "acid test", "this is the acid test for the new parser" },
        { "unlabelled bad card", "ref 4539 1488 0343 6468 in the log" },
        { "unlabelled bad routing", "build 121000359 passed" },
        { "unlabelled bad IBAN", "code DE89 3704 0044 0532 0130 01 in the table" },
        { "cvv amount", "The CVV check failed and $583.36 was refunded" },
        { "cvv doc", "CVV codes are 3 or 4 digits long" },
        { "anthropic no-reply", "Co-Authored-By: Claude <noreply@anthropic.com>" },
        { "github no-reply", "Author: octocat <583231+octocat@users.noreply.github.com>" },
        { "github noreply", "From: GitHub <noreply@github.com>" },
        { "github legacy no-reply", "octocat@users.noreply.github.com" },
        { "openai no-reply", "sent by noreply@openai.com" },
        { "no-reply service", "Reply-To: no-reply@accounts.google.com" },
        { "notifications", "notifications@github.com sent a digest" },
    };

    [Theory]
    [MemberData(nameof(ItemNames))]
    public void Detect_HeldOutShapes_FoundAtFloor(string item)
    {
        var detector = ShippedRules.Detector;
        var values = new FakeValues(item.Length * 7919);
        var found = 0;
        var missed = new List<string>();
        for (var i = 0; i < CasesPerItem; i++)
        {
            var planted = Items[item](values);
            if (planted.FoundIn(detector.Detect(planted.Text)))
            {
                found++;
            }
            else
            {
                missed.Add($"case {i} [{planted.Start},{planted.End})");
            }
        }

        var recall = (double)found / CasesPerItem;
        output.WriteLine($"{item}: {found}/{CasesPerItem} = {recall:P1}; missed {string.Join(", ", missed.Take(20))}");
        recall.Should().BeGreaterThanOrEqualTo(Floor, item);
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Detect_LookAlike_ReportsNothing(string kind, string text)
    {
        var findings = ShippedRules.Detector.Detect(text);

        findings.Select(f => $"{f.RuleId} [{f.Start},{f.End})").Should().BeEmpty($"a {kind} is not sensitive");
    }
}
