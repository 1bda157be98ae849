namespace PrivacyProxy.Detection.Tests.Robustness;

/// <summary>Hostile or odd input never crashes, hangs or yields a span outside the text.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, int> Inputs() => new()
    {
        { "empty", 0 },
        { "NUL characters", 1 },
        { "lone surrogates", 2 },
        { "1 MB single line", 3 },
        { "50k of a@a.a", 4 },
        { "1-1-1-... bait", 5 },
        { "digits and dots", 6 },
        { "colons", 7 },
        { "nested quotes after keywords", 8 },
        { "10 MB of mixed text", 9 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Detect_HostileInput_KeepsTheContract(string kind, int which)
    {
        var text = Build(which);

        var findings = ShippedRules.Detector.Detect(text);

        SpanInvariants.Check(text, findings);
        kind.Should().NotBeNull();
    }

    [Fact]
    public void Detect_Null_Throws()
    {
        var detect = () => ShippedRules.Detector.Detect(null!);

        detect.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Detect_SecretNextToLoneSurrogateAndNul_IsStillFound()
    {
        const string text = "\ud800\0 mail jane.doe@acme-corp.io \udc00\0";

        var findings = ShippedRules.Detector.Detect(text);

        findings.Should().ContainSingle(f => f.Type == "EMAIL").Which.Start.Should().Be(8);
    }

    [Fact]
    public void Detect_SecretsAcrossAOneMegabyteLine_AreAllFound()
    {
        var filler = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet 12 ", 35_000));
        var text = "a@b.io " + filler + " c@d.io " + filler + " e@f.io";

        var findings = ShippedRules.Detector.Detect(text);

        findings.Count(f => f.Type == "EMAIL").Should().Be(3);
    }

    private static string Build(int which) => which switch
    {
        0 => "",
        1 => "key=\0\0\0 password=\"\0abc\0\" 4111\01111\01111\01111 \0@\0.\0",
        2 => "\ud800 \udc00 token=\ud800abc\udfff \ud83d 192.168.1.1\ud800 +1 415 555 0132\udc00",
        3 => string.Concat(Enumerable.Repeat("aZ9+/", 200_000)),
        4 => string.Concat(Enumerable.Repeat("a@a.a", 50_000)),
        5 => string.Join("-", Enumerable.Repeat("1", 100_000)),
        6 => string.Concat(Enumerable.Repeat("1.", 100_000)),
        7 => string.Concat(Enumerable.Repeat("a:", 100_000)) + string.Concat(Enumerable.Repeat("1:", 100_000)),
        8 => string.Concat(Enumerable.Repeat("password=\"'\"'\"' api_key: '\"", 10_000)),
        _ => TenMegabytes(),
    };

    private static string TenMegabytes()
    {
        const string chunk = """
            def connect(host="db.internal", port=5432):
                # contact jane.doe@acme-corp.io, phone +1 415 555 0132, ip 10.20.30.40
                password = "Sup3r-S3cret-Passw0rd!"
                return Client(host, port, retries=3, timeout=2.5)

            """;
        var builder = new System.Text.StringBuilder(10_500_000);
        while (builder.Length < 10_000_000)
        {
            builder.Append(chunk);
        }

        return builder.ToString();
    }
}
