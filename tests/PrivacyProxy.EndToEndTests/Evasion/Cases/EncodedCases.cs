using System.Text;

namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 4: values inside encoded runs in text: base64 (standard, URL-safe, nested), hex, percent-encoding (single and
/// double), HTML character references, data: URLs, and the everyday carriers: a Kubernetes Secret, an .npmrc
/// <c>_auth</c>, a Basic Authorization header pasted in a prompt and a .dockerconfigjson.
/// </summary>
internal static class EncodedCases
{
    private static readonly Carrier[] Extra = [Carrier.Fim, Carrier.Upload, Carrier.Embeddings, Carrier.OllamaGenerate, Carrier.AnthropicCount];

    public static IEnumerable<EvasionCase> All()
    {
        var values = new SecretValues(401);
        var rows = new List<(string Name, Secret Secret, string Text)>();

        var aws = values.Aws();
        rows.Add(("b64-std", aws, "Decode this config blob: " + B64(aws.Sentence())));
        var card = values.Card();
        rows.Add(("b64-std", card, "payload=" + B64("{\"customer\":\"x\",\"card\":\"" + card.Text + "\"}")));
        var email = values.Email();
        rows.Add(("b64-std", email, "contact: " + B64(email.Text)));
        var github = values.GitHub();
        rows.Add(("b64-url", github, "state=" + B64Url("{\"token\":\"" + github.Text + "\",\"scope\":\"repo??>>\"}")));
        var nested = values.Aws();
        rows.Add(("b64-nested", nested, "blob: " + B64(B64(nested.Sentence()))));
        var openai = values.OpenAi();
        rows.Add(("hex", openai, "hex dump: " + Convert.ToHexString(Encoding.UTF8.GetBytes(openai.Sentence())).ToLowerInvariant()));
        var ssn = values.Ssn();
        rows.Add(("hex", ssn, "bytes 0x" + Convert.ToHexString(Encoding.UTF8.GetBytes("SSN " + ssn.Text))));
        var pctAws = values.Aws();
        rows.Add(("pct", pctAws, "redirect=" + PercentAll(pctAws.Sentence())));
        var pctEmail = values.Email();
        rows.Add(("pct", pctEmail, "https://example.org/unsubscribe?u=" + Uri.EscapeDataString(pctEmail.Text)));
        var pct2 = values.Card();
        rows.Add(("pct-double", pct2, "next=" + PercentAll(PercentAll("card " + pct2.Text))));
        var pct2Gh = values.GitHub();
        rows.Add(("pct-double", pct2Gh, "q=" + Uri.EscapeDataString(PercentAll(pct2Gh.Sentence()))));
        var htmlDec = values.Aws();
        rows.Add(("html-decimal", htmlDec, "<p>" + string.Concat(htmlDec.Sentence().Select(c => $"&#{(int)c};")) + "</p>"));
        var htmlHex = values.Ssn();
        rows.Add(("html-hex", htmlHex, "<td>SSN " + string.Concat(htmlHex.Text.Select(c => $"&#x{(int)c:x};")) + "</td>"));
        var htmlNamed = values.Email();
        rows.Add(("html-numeric-mixed", htmlNamed, "<a>write to " + htmlNamed.Text.Replace("@", "&#64;").Replace(".", "&#x2E;") + "</a>"));
        var htmlPassword = values.Password();
        rows.Add(("html-named", htmlPassword, "<code>password=&quot;" + htmlPassword.Text.Replace("&", "&amp;") + "&quot;</code>"));
        var dataUrl = values.Slack();
        rows.Add(("data-url", dataUrl, "attachment: data:text/plain;base64," + B64(dataUrl.Sentence())));
        var dataPct = values.Password();
        rows.Add(("data-url-pct", dataPct, "open data:text/plain," + Uri.EscapeDataString("password: " + dataPct.Text)));

        var k8s = values.Password();
        var k8sKey = values.Aws();
        rows.Add(("k8s-secret", k8s, K8sSecret(k8s.Text, k8sKey.Text)));
        rows.Add(("k8s-secret", k8sKey, K8sSecret(values.Password().Text, k8sKey.Text)));
        var npm = values.Password();
        rows.Add(("npmrc-auth", npm, "my .npmrc:\nregistry=https://npm.corp.example/\n_auth=" + B64("dana:" + npm.Text) + "\nalways-auth=true"));
        var npmScoped = values.Password();
        rows.Add(("npmrc-scoped-auth", npmScoped, "//npm.corp.example/:_auth=" + B64("ci-bot:" + npmScoped.Text)));
        var basic = values.Password();
        rows.Add(("basic-auth", basic, "curl -H 'Authorization: Basic " + B64("admin:" + basic.Text) + "' https://jenkins.corp.example/api"));
        var docker = values.GitHub();
        string dockerJson = "{\"auths\":{\"ghcr.io\":{\"username\":\"dana\",\"password\":\"" + docker.Text + "\",\"auth\":\"" + B64("dana:" + docker.Text) + "\"}}}";
        rows.Add(("dockerconfigjson", docker,
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: " + B64(dockerJson) + "\n"));
        var dockerAuthOnly = values.Password();
        rows.Add(("dockerconfig-auth", dockerAuthOnly, "~/.docker/config.json: {\"auths\":{\"registry.corp.example\":{\"auth\":\"" + B64("deploy:" + dockerAuthOnly.Text) + "\"}}}"));

        int turn = 0;
        foreach (var (name, secret, text) in rows)
        {
            foreach (var carrier in Carrier.Families.Append(Extra[turn++ % Extra.Length]))
            {
                yield return EvasionCase.InText($"encoded.{name}-{secret.Kind}.{carrier.Name}", carrier, secret, text);
            }
        }
    }

    public static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string B64Url(string text) => B64(text).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string PercentAll(string text) => string.Concat(Encoding.UTF8.GetBytes(text).Select(b => $"%{b:X2}"));

    private static string K8sSecret(string password, string awsKey) =>
        "kubectl get secret app -o yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\ndata:\n" +
        "  DB_PASSWORD: " + B64(password) + "\n  AWS_ACCESS_KEY_ID: " + B64(awsKey) + "\n  LOG_LEVEL: " + B64("debug") + "\n";
}
