namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>
/// Each encoding the decoding stage reads: a value hidden in an encoded run is found, and the finding covers the
/// whole run with the inner value's category and type.
/// </summary>
public sealed class EncodingTests
{
    private const string Mail = "write to jane.doe@acme-corp.io today";
    private const string Card = "my card 4539 1488 0343 6467 exp 12/27";

    public static TheoryData<string, string, string> Encoded() => new()
    {
        { "base64", Encode.Base64(Mail), "EMAIL" },
        { "base64 of card", Encode.Base64(Card), "CREDIT_CARD" },
        { "base64 url-safe unpadded", Encode.Base64Url(Mail + "??>>"), "EMAIL" },
        { "base64 utf-16", Encode.Base64Utf16(Mail), "EMAIL" },
        { "base64 wrapped at 64", Encode.Base64Wrapped(Mail + " " + Mail + " " + Mail, 64), "EMAIL" },
        { "base64 wrapped at 76, indented", Encode.Base64Wrapped(Card + " " + Mail + " " + Card, 76, "    "), "CREDIT_CARD" },
        { "base64 wrapped at 64, CRLF", Encode.Base64Wrapped(Mail + " " + Card + " " + Mail, 64).Replace("\n", "\r\n", StringComparison.Ordinal), "EMAIL" },
        { "hex", Encode.Hex(Mail), "EMAIL" },
        { "hex with 0x", "0x" + Encode.Hex(Card), "CREDIT_CARD" },
        { "percent", Encode.Percent(Mail), "EMAIL" },
        { "percent every byte", Encode.PercentAll(Mail), "EMAIL" },
        { "percent double", Encode.Percent(Encode.Percent("jane.doe@acme-corp.io")), "EMAIL" },
        { "decimal references", Encode.DecimalReferences(Mail), "EMAIL" },
        { "hex references", Encode.HexReferences(Card), "CREDIT_CARD" },
        { "one reference in a value", "jane.doe&#64;acme-corp.io", "EMAIL" },
        { "escaped reference", "jane.doe&amp;#64;acme-corp.io", "EMAIL" },
        { "data URL base64", Encode.DataUrl(Mail), "EMAIL" },
        { "data URL percent", Encode.DataUrlPercent(Mail), "EMAIL" },
        { "data URL with charset", "data:text/plain;charset=utf-8;base64," + Encode.Base64(Card), "CREDIT_CARD" },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Detect_ValueInEncodedRun_FindingSpansTheWholeRun(string kind, string run, string type)
    {
        const string prefix = "Here is the blob: ";
        var text = prefix + run + " (end of paste)";

        var findings = ShippedRules.Detector.Detect(text);

        findings.CoveringExactly(prefix.Length, prefix.Length + run.Length).Type.Should().Be(type, kind);
    }

    [Fact]
    public void Detect_AwsKeyInBase64_ReportsTheInnerRule()
    {
        var run = Encode.Base64("aws_access_key_id = AKIAZ3MSJV4WWNKWQJX7");

        var findings = ShippedRules.Detector.Detect("config: " + run);

        var finding = findings.CoveringExactly(8, 8 + run.Length);
        finding.Category.Should().Be(Categories.Secret);
        finding.RuleId.Should().NotBe(Detection.Decoding.EncodedCredential.RuleId);
    }

    [Fact]
    public void Detect_PlainValueNextToEncodedRun_BothFound()
    {
        var run = Encode.Base64(Mail);
        var text = "mail bob@example-mail.org or " + run;

        var findings = ShippedRules.Detector.Detect(text);

        findings.Should().HaveCount(2);
        findings[0].Type.Should().Be("EMAIL");
        findings[1].Start.Should().Be(text.Length - run.Length);
    }

    [Fact]
    public void Detect_PlainFindingInsideEncodedRun_GivesWayToTheRun()
    {
        // The e-mail is readable as it is and also the decoded part of a percent run: one finding, the run.
        const string run = "jane.doe%40acme-corp.io%20jane.doe@acme-corp.io";

        var findings = ShippedRules.Detector.Detect("q=" + run);

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Start == 2 && f.End == 2 + run.Length);
    }
}
