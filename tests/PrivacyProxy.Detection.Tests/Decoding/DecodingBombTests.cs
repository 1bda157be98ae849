using PrivacyProxy.Detection.Tests.Robustness;

namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>
/// Decoding bombs finish (bounded depth, size and budget) and keep the contract; past the bounds a run is
/// scanned as plain text, never skipped, so readable values around it are still found.
/// </summary>
public sealed class DecodingBombTests
{
    private const string Mail = "owner: jane.doe@acme-corp.io";
    private const string PlainTail = " reach me at bob@example-mail.org";

    [Fact]
    public void Detect_Base64Nested20Deep_FinishesAndKeepsPlainFindings()
    {
        var run = Mail;
        for (var i = 0; i < 20; i++)
        {
            run = Encode.Base64(run);
        }

        var text = run + PlainTail;

        var findings = ShippedRules.Detector.Detect(text);

        SpanInvariants.Check(text, findings);
        findings.Covers(text.Length - 20, text.Length - 2).Should().BeTrue("the plain e-mail after the bomb must still be found");
    }

    [Fact]
    public void Detect_PercentNested50Deep_FinishesAndKeepsPlainFindings()
    {
        var run = "jane.doe%40acme-corp.io";
        for (var i = 0; i < 50; i++)
        {
            run = run.Replace("%", "%25", StringComparison.Ordinal);
        }

        var text = "q=" + run + "&x=1" + PlainTail;

        var findings = ShippedRules.Detector.Detect(text);

        SpanInvariants.Check(text, findings);
        findings.Covers(text.Length - 20, text.Length - 2).Should().BeTrue("the plain e-mail after the bomb must still be found");
    }

    [Fact]
    public void Detect_PercentNested6Deep_IsDecodedWithinOneLevel()
    {
        var run = "jane.doe%40acme-corp.io";
        for (var i = 0; i < 6; i++)
        {
            run = run.Replace("%", "%25", StringComparison.Ordinal);
        }

        var findings = ShippedRules.Detector.Detect("q=" + run);

        findings.CoveringExactly(2, 2 + run.Length).Type.Should().Be("EMAIL");
    }

    [Fact]
    public void Detect_TenMegabyteBase64Run_IsOpaqueAndPlainValuesAroundItAreFound()
    {
        var chunk = Encode.Base64(Mail + " and more text to fill the run with ");
        var builder = new System.Text.StringBuilder("blob=", 10_200_000);
        while (builder.Length < 10_000_000)
        {
            builder.Append(chunk.AsSpan(0, chunk.Length - (chunk.Length % 4 == 0 && chunk.EndsWith('=') ? 4 : 0)));
        }

        var text = "mail carol@example-mail.net " + builder + PlainTail;

        var findings = ShippedRules.Detector.Detect(text);

        SpanInvariants.Check(text, findings);
        findings.Covers(12, 27).Should().BeTrue("the plain e-mail before the run must still be found");
        findings.Covers(text.Length - 20, text.Length - 2).Should().BeTrue("the plain e-mail after the run must still be found");
    }

    [Fact]
    public void Detect_BinaryBase64Runs_AreNeverReplacedWhole()
    {
        // Random bytes decode to binary: rejected on their prefix. (The plain rules may still see a SWIFT-like
        // word inside random base64; that is theirs to judge, so only run-sized findings are checked here.)
        var random = new Random(7);
        var runs = Enumerable.Range(0, 2_000).Select(i =>
        {
            var bytes = new byte[random.Next(12, 600)];
            random.NextBytes(bytes);
            var run = Convert.ToBase64String(bytes);
            return (i % 3) switch { 0 => run, 1 => "data:image/png;base64," + run, _ => "key: " + run.TrimEnd('=') };
        });
        var text = string.Join('\n', runs);

        var findings = ShippedRules.Detector.Detect(text);

        findings.Should().NotContain(f => f.Length > 40, "no binary run may be decoded into a finding");
    }

    [Fact]
    public void Detect_TwentyThousandShortRuns_KeepsTheContractAndFindsValuesWithinBudget()
    {
        var run = Encode.PercentAll("x@acme-corp.io");
        var text = string.Join(' ', Enumerable.Repeat(run, 20_000));

        var findings = ShippedRules.Detector.Detect(text);

        SpanInvariants.Check(text, findings);
        findings.Covers(0, run.Length).Should().BeTrue("the first encoded value is inside the budget");
    }
}
