namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>Encodings inside encodings are followed (up to the depth bound) and the outermost run is the finding.</summary>
public sealed class NestedEncodingTests
{
    private const string Mail = "owner: jane.doe@acme-corp.io";

    public static TheoryData<string, string> Nested() => new()
    {
        { "base64 of base64", Encode.Base64(Encode.Base64(Mail)) },
        { "base64 of base64 of base64", Encode.Base64(Encode.Base64(Encode.Base64(Mail))) },
        { "percent of percent of percent", Encode.Percent(Encode.Percent(Encode.Percent(Mail))) },
        { "hex of base64", Encode.Hex(Encode.Base64(Mail)) },
        { "base64 of percent", Encode.Base64(Encode.PercentAll(Mail)) },
        { "references of base64", Encode.DecimalReferences(Encode.Base64(Mail)) },
        { "percent of a data URL", Encode.PercentAll(Encode.DataUrl(Mail)) },
        { "base64 of JSON holding a data URL", Encode.Base64("{\"file\":\"" + Encode.DataUrl(Mail) + "\"}") },
    };

    [Theory]
    [MemberData(nameof(Nested))]
    public void Detect_NestedEncoding_OutermostRunIsTheFinding(string kind, string run)
    {
        var text = "payload " + run + " done";

        var findings = ShippedRules.Detector.Detect(text);

        findings.CoveringExactly(8, 8 + run.Length).Type.Should().Be("EMAIL", kind);
    }

    [Fact]
    public void Detect_DataUrlInsideJson_DataUrlIsTheFinding()
    {
        var url = Encode.DataUrl(Mail);
        var text = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"file\",\"file_data\":\"" + url + "\"}]}]}";

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(url, StringComparison.Ordinal);
        findings.CoveringExactly(start, start + url.Length).Type.Should().Be("EMAIL");
    }
}
