namespace PrivacyProxy.Detection.Tests.Prefilter;

/// <summary>
/// Long base64 runs: what random base64 spells inside one is no finding, and a value next to a run, glued to
/// either end of it, or a long token whose key name stands before it, is still found whole.
/// </summary>
public sealed class BlobInteriorTests
{
    private const string Bic = "CHASUS33";
    private const string AwsKey = "AKIAP3GFUXGOJWCPPU4F";

    private static string Blob(int seed, int bytes)
    {
        var data = new byte[bytes];
        new Random(seed).NextBytes(data);
        return Convert.ToBase64String(data);
    }

    private static bool FoundWhole(string text, int start, int length) =>
        ShippedRules.Detector.Detect(text).Any(f => f.Start <= start && f.End >= start + length);

    [Fact]
    public void RandomBase64_GivesNoFinding()
    {
        for (var seed = 0; seed < 4; seed++)
        {
            ShippedRules.Detector.Detect(Blob(seed, 300_000)).Should().BeEmpty("random base64 holds no value, only look-alikes of one");
        }
    }

    [Fact]
    public void BicBetweenSlashesInsideABlob_IsPartOfTheBlob()
    {
        var blob = Blob(11, 3000);
        var text = blob[..2000] + "/" + Bic + "/" + blob[2000..];

        ShippedRules.Detector.Detect(text).Should().BeEmpty("a code between two '/' deep inside a base64 run is part of the run");
    }

    [Fact]
    public void BicBetweenSlashesInShortText_IsStillFound()
    {
        var text = "route /" + Bic + "/ to the bank";

        FoundWhole(text, 7, Bic.Length).Should().BeTrue("outside a long base64 run the code is a BIC as before");
    }

    [Theory]
    [InlineData("before")]
    [InlineData("after")]
    [InlineData("glued-start")]
    [InlineData("glued-end")]
    public void KeyAtTheEdgeOfABlob_IsFoundWhole(string where)
    {
        var blob = Blob(5, 6000);
        var (text, start) = where switch
        {
            "before" => ($"aws_access_key_id = {AwsKey}\n{blob}", 20),
            "after" => ($"{blob}\naws_access_key_id = {AwsKey}\n", blob.Length + 21),
            "glued-start" => ($"key {AwsKey}/{blob}", 4),
            _ => ($"{blob}/{AwsKey} ok", blob.Length + 1),
        };

        FoundWhole(text, start, AwsKey.Length).Should().BeTrue("a key next to or glued to the end of a long run is no part of its interior");
    }

    [Theory]
    [InlineData("my card number is 4539 1488 0343 6467 thanks")]
    [InlineData("write to dana.whitfield@contoso-mail.net today")]
    [InlineData("the server is at 185.22.1.9 now")]
    public void ValueBetweenTwoBlobs_IsFound(string sentence)
    {
        var text = Blob(7, 4000) + "\n" + sentence + "\n" + Blob(8, 4000);

        ShippedRules.Detector.Detect(text).Should().NotBeEmpty("a value on its own line between two blobs is outside both");
    }

    [Fact]
    public void LongSessionTokenAfterItsKeyName_IsFoundWhole()
    {
        var token = "IQoJb3JpZ2lu" + Blob(9, 1800)[..2400];
        var text = "aws_session_token = " + token + "\n";

        FoundWhole(text, 20, token.Length).Should().BeTrue("the key name before the run opens a window that reaches over the whole token");
    }
}
