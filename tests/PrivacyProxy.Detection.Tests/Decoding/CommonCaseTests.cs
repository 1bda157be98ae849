namespace PrivacyProxy.Detection.Tests.Decoding;

/// <summary>
/// The everyday cases of issue 7 item 4, where the decoded value has no cue of its own and the key before the
/// run is the cue: a Kubernetes Secret, an .npmrc, a Basic Authorization header, a .dockerconfigjson.
/// </summary>
public sealed class CommonCaseTests
{
    private const string DockerConfigTemplate = """{"auths":{"registry.example.io":{"auth":"AUTH"}}}""";

    [Fact]
    public void Detect_KubernetesSecret_EveryCredentialValueIsFound()
    {
        var password = Encode.Base64("hunter2-Prod!");
        var dbUrl = Encode.Base64("postgres://app:S3cr3tPassw0rd@db.internal:5432/app");
        var apiKey = Encode.Base64("AKIAZ3MSJV4WWNKWQJX7");
        var text = $"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: app-credentials
            type: Opaque
            data:
              DB_PASSWORD: {password}
              DATABASE_URL: {dbUrl}
              aws-key: {apiKey}
            """;

        var findings = ShippedRules.Detector.Detect(text);

        foreach (var run in new[] { password, dbUrl, apiKey })
        {
            var start = text.IndexOf(run, StringComparison.Ordinal);
            findings.Covers(start, start + run.Length).Should().BeTrue("every base64 value of the Secret must be covered whole");
        }
    }

    [Fact]
    public void Detect_KubernetesSecretBlockScalar_WrappedValueIsFound()
    {
        var env = "DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=S3cr3t-Passw0rd-42\nADMIN_MAIL=jane.doe@acme-corp.io\n";
        var wrapped = Encode.Base64Wrapped(env, 64, "    ");
        var text = "kind: Secret\ndata:\n  app.env: |\n    " + wrapped + "\n  other: dmFsdWU=\n";

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(wrapped, StringComparison.Ordinal);
        findings.Covers(start, start + wrapped.Length).Should().BeTrue("the wrapped base64 .env file must be covered whole");
    }

    [Fact]
    public void Detect_KubernetesSecretWithDockerConfig_NestedAuthIsFound()
    {
        var config = Encode.Base64(DockerConfigTemplate.Replace("AUTH", Encode.Base64("ci-bot:dckr-Passw0rd-9"), StringComparison.Ordinal));
        var text = $"""
            kind: Secret
            type: kubernetes.io/dockerconfigjson
            data:
              .dockerconfigjson: {config}
            """;

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(config, StringComparison.Ordinal);
        findings.CoveringExactly(start, start + config.Length).Category.Should().Be(Categories.Secret);
    }

    [Fact]
    public void Detect_DockerConfigJson_AuthIsFound()
    {
        var auth = Encode.Base64("ci-bot:dckr-Passw0rd-9");
        var text = DockerConfigTemplate.Replace("AUTH", auth, StringComparison.Ordinal);

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(auth, StringComparison.Ordinal);
        findings.CoveringExactly(start, start + auth.Length).Category.Should().Be(Categories.Secret);
    }

    [Fact]
    public void Detect_DockerConfigJsonWithoutDigits_AuthIsFound()
    {
        // "user:pass" has no digit and no entropy: only the "auth" key says it is a credential.
        var auth = Encode.Base64("user:pass");
        var text = "{ \"auths\": { \"ghcr.io\": { \"auth\": \"" + auth + "\" } } }";

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(auth, StringComparison.Ordinal);
        findings.CoveringExactly(start, start + auth.Length).Category.Should().Be(Categories.Secret);
    }

    [Theory]
    [InlineData("_auth=AUTH\nemail=dev@example.org\nalways-auth=true")]
    [InlineData("//registry.npmjs.org/:_auth=AUTH")]
    [InlineData("//npm.pkg.github.com/:_auth = \"AUTH\"")]
    public void Detect_Npmrc_AuthIsFound(string template)
    {
        var auth = Encode.Base64("deploy:npm-pass");
        var text = template.Replace("AUTH", auth, StringComparison.Ordinal);

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(auth, StringComparison.Ordinal);
        findings.Covers(start, start + auth.Length).Should().BeTrue("the .npmrc _auth value must be covered whole");
    }

    [Fact]
    public void Detect_NpmrcPassword_Base64PasswordIsFound()
    {
        var password = Encode.Base64("npm-Secret-77");
        var text = "//registry.example.org/:username=deploy\n//registry.example.org/:_password=" + password + "\n";

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(password, StringComparison.Ordinal);
        findings.Covers(start, start + password.Length).Should().BeTrue("the .npmrc _password value must be covered whole");
    }

    [Theory]
    [InlineData("curl -s -H 'Authorization: Basic AUTH' https://api.example.org/v1/items")]
    [InlineData("> GET /v1/items HTTP/1.1\n> Host: api.example.org\n> authorization: basic AUTH\n> Accept: */*")]
    [InlineData("Proxy-Authorization: Basic AUTH")]
    [InlineData("requests.get(url, headers={\"Authorization\": \"Basic AUTH\"})")]
    public void Detect_BasicAuthorizationHeader_CredentialsAreFound(string template)
    {
        var auth = Encode.Base64("user:pass");
        var text = template.Replace("AUTH", auth, StringComparison.Ordinal);

        var findings = ShippedRules.Detector.Detect(text);

        var start = text.IndexOf(auth, StringComparison.Ordinal);
        findings.Covers(start, start + auth.Length).Should().BeTrue("the Basic credentials must be covered whole");
    }

    [Fact]
    public void Detect_BasicSchemeInProse_WithoutCredentialShape_IsNotACredential()
    {
        var token = Encode.Base64("just some words");

        var findings = ShippedRules.Detector.Detect("the Basic " + token + " plan");

        findings.Should().BeEmpty();
    }
}
