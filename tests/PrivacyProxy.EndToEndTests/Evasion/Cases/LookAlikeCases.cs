namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Look-alikes that must arrive intact, byte for byte: git SHAs, UUIDs, base64 PNG data, SHA-256 hashes, version
/// numbers, <c>${DB_PASSWORD}</c>, <c>sk-xxxx</c> documentation placeholders, loopback addresses, base64 of random
/// bytes, and harmless text in the encodings and scripts the proxy now decodes and folds.
/// </summary>
internal static class LookAlikeCases
{
    private static readonly Carrier[] Extra = [Carrier.Fim, Carrier.Embeddings, Carrier.Upload, Carrier.AnthropicCount, Carrier.OllamaGenerate];

    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(1201);
        (string Name, string Text)[] rows =
        [
            ("git-sha", $"The fix landed in commit {v.From("0123456789abcdef", 40)} on main; cherry-pick {v.From("0123456789abcdef", 7)} too."),
            ("uuid", $"Request {v.From("0123456789abcdef", 8)}-{v.From("0123456789abcdef", 4)}-4{v.From("0123456789abcdef", 3)}-b{v.From("0123456789abcdef", 3)}-{v.From("0123456789abcdef", 12)} failed with 502."),
            ("png-data", "Logo: <img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"> in the header."),
            ("sha256", $"sha256sum: {v.From("0123456789abcdef", 64)}  release.tar.gz"),
            ("versions", "Upgrade from 10.0.100-rc.2.25502.107 to 2.3.0, then 1.8.13 and v4.2.1-beta.3."),
            ("env-reference", "DB_PASSWORD=${DB_PASSWORD}\npassword: ${DB_PASSWORD}\napi_key: ${OPENAI_API_KEY}"),
            ("doc-placeholder", "Set OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx and ANTHROPIC_API_KEY=sk-ant-xxxx in your shell."),
            ("loopback", "The dev server listens on 127.0.0.1:8080 and [::1]:8080; 0.0.0.0 means all interfaces."),
            ("random-b64", "nonce: " + Convert.ToBase64String(v.Bytes(32)) + " and iv: " + Convert.ToBase64String(v.Bytes(12))),
            ("random-hex", "salt " + Convert.ToHexString(v.Bytes(16)).ToLowerInvariant() + " for the test fixture"),
            ("k8s-config", "data:\n  LOG_LEVEL: " + EncodedCases.B64("debug") + "\n  REGION: " + EncodedCases.B64("eu-west-1") + "\n"),
            ("percent-url", "See https://example.com/search?q=hello%20world%2C%20again&lang=en for details."),
            ("html-entities", "Tom &amp; Jerry &lt;3 &#169; 2024 &mdash; all rights reserved."),
            ("cjk-fullwidth", "ＡＢＣ株式会社の東京オフィス、電話は内線１２番です。"),
            ("nbsp-prose", "Prix\u00A0: 100\u00A0€, délai\u202F: 3\u00A0jours."),
            ("zwj-emoji", "Team: 👩\u200D💻 and 👨\u200D👩\u200D👧 are here."),
        ];

        int turn = 0;
        foreach (var (name, text) in rows)
        {
            foreach (var carrier in Carrier.Families.Append(Extra[turn++ % Extra.Length]))
            {
                yield return EvasionCase.Intact($"lookalike.{name}.{carrier.Name}", carrier, text);
            }
        }
    }
}
