namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>
/// Encoded-looking text with nothing inside stays untouched: hashes, ids, random base64, images, integrity
/// strings, versions, words that happen to be valid base64, and encoded harmless text.
/// </summary>
public sealed class DecodingLookAlikeTests
{
    public static TheoryData<string, string> LookAlikes()
    {
        var random = new Random(11);
        var bytes = new byte[48];
        random.NextBytes(bytes);
        return new()
        {
            { "git SHA", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 merged" },
            { "SHA-256", "sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
            { "UUID", "request 123e4567-e89b-12d3-a456-426614174000 failed" },
            { "random base64", "nonce: " + Convert.ToBase64String(bytes) },
            { "random base64url", "state=" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_') },
            { "PNG data URI", "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\">" },
            { "JPEG data URI", "background: url(data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=)" },
            { "npm integrity", "\"integrity\": \"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==\"" },
            { "version strings", "bump 1.2.3 to v2.10.0-beta.1+build.5 and 4.0.0.0" },
            { "words that are base64", "Password: abcdefghijklmnop and Administrator" },
            { "camel-case identifiers", "getElementsByTagName addEventListener AggressiveOptimization" },
            { "encoded harmless text", "msg: " + Encode.Base64("the build passed on the second attempt") },
            { "hex of harmless text", "payload " + Encode.Hex("hello world, nothing to see") },
            { "percent-encoded query", "https://example.org/search?q=hello%20world&lang=en%2DGB" },
            { "HTML entities", "Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; caf&eacute; &#169; 2024" },
            { "k8s data key", "data:\n  config.yaml: " + Encode.Base64("replicas: 3\nimage: nginx:1.25\n") },
        };
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Detect_EncodedLookAlike_ReportsNothing(string kind, string text)
    {
        ShippedRules.Detector.Detect(text).Should().BeEmpty(kind);
    }

    [Fact]
    public void Detect_Jwt_IsReportedOnceByItsRule()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqYW5lLmRvZUBhY21lLWNvcnAuaW8iLCJuYW1lIjoiSmFuZSBEb2UifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        var text = "Authorization: Bearer " + jwt;

        var findings = ShippedRules.Detector.Detect(text);

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Start == text.Length - jwt.Length && f.End == text.Length);
    }
}
