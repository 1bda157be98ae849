namespace PrivacyProxy.Detection.Tests.LookAlikes;

/// <summary>
/// Text that looks sensitive but is not passes the shipped detector untouched: hashes, ids, versions, times,
/// order numbers, ports, colours, data URIs, variable references, documentation placeholders, loopback
/// addresses. A redacted SHA breaks a code answer as surely as a leaked key breaks privacy.
/// </summary>
public sealed class LookAlikeTests
{
    public static TheoryData<string, string> LookAlikes() => new()
    {
        { "git SHA", "commit 3f2a9c1b7e8d4f6a0b5c9e2d1f7a8b3c4d5e6f7a (HEAD -> main)" },
        { "short git SHA", "fixed in 3f2a9c1, see also a1b2c3d4e5" },
        { "git SHA assigned", "GIT_SHA=9fceb02d0ae598e95dc970b74767f19372d61af8" },
        { "UUID", "id: 550e8400-e29b-41d4-a716-446655440000" },
        { "UUID in JSON", "{\"requestId\": \"123e4567-e89b-12d3-a456-426614174000\"}" },
        { "sha256 digest", "sha256sum: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  file.tar" },
        { "docker digest", "image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31" },
        { "sha512 digest", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" },
        { "npm integrity", "\"integrity\": \"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==\"" },
        { "semantic version", "upgrade to 1.2.3 then v2.10.0-beta.1+build.5" },
        { "four-part version", "<PackageReference Include=\"Foo\" Version=\"4.0.0.0\" />" },
        { "assembly version", "[assembly: AssemblyVersion(\"1.0.0.0\")]" },
        { "ISO timestamp", "created 2024-01-15T10:30:00Z, updated 2024-01-15T10:30:00.123+05:30" },
        { "log timestamp", "2024-01-15 10:30:00,123 INFO started in 1234 ms" },
        { "unix time", "\"timestamp\": 1700000000, \"ts_ms\": 1700000000123" },
        { "order number", "Order #123456789 shipped; invoice INV-2024-000123" },
        { "tracking number", "tracking 1Z999AA10123456784" },
        { "ports", "listening on localhost:8080 and port 5432, https on :443" },
        { "hex colours", "color: #ff00aa; background: #FFF; border-color: #1e90ff;" },
        { "data URI", "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\">" },
        { "env reference", "password: ${DB_PASSWORD}" },
        { "env reference export", "export GITHUB_TOKEN=${GITHUB_TOKEN}" },
        { "env reference with default", "DATABASE_PASSWORD=${DB_PASS:-changeme}" },
        { "template reference", "api_key: {{ .Values.apiKey }}" },
        { "masked key", "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" },
        { "angle placeholder", "api_key = \"<your key>\"" },
        { "placeholder word", "API_KEY=your_api_key_here" },
        { "bearer placeholder", "Authorization: Bearer <token>" },
        { "loopback v4", "curl http://127.0.0.1:8080/health" },
        { "loopback v6", "bind to [::1]:5000" },
        { "unspecified", "listen 0.0.0.0:80" },
        { "C++ scope", "std::vector<int> v; MyClass::toString();" },
        { "time of day", "meeting at 12:30:45" },
        { "math", "x = 3.14159 * 2 + 1e-9; y = 0x7fffffff" },
        { "short numbers", "for (var i = 0; i < 100; i++) { sum += 42; }" },
        { "file path", "/usr/local/lib/python3.11/site-packages/pip/__init__.py" },
        { "CSS size", "width: 1024px; height: 768px; margin: 0 auto;" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Detect_LookAlike_ReportsNothing(string kind, string text)
    {
        var findings = ShippedRules.Detector.Detect(text);

        findings.Select(f => $"{f.RuleId} [{f.Start},{f.End})").Should().BeEmpty($"a {kind} is not sensitive");
    }
}
