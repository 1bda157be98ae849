using System.Text;

namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Issue 7, bad input: decoding bombs (percent-encoding nested 50 deep, base64 of base64 twelve deep, HTML entities
/// nested, a 128 KB base64 run) beside a plain value. The bomb is bounded and scanned as opaque text, never a
/// reason to skip the rest: the plain value must not leave (or the request is refused in protocol shape).
/// </summary>
internal static class BombCases
{
    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(1301);
        string percent = "hello world";
        for (int i = 0; i < 50; i++)
        {
            percent = Uri.EscapeDataString(percent);
        }

        string base64 = "hello world";
        for (int i = 0; i < 12; i++)
        {
            base64 = EncodedCases.B64(base64);
        }

        string html = "&" + string.Concat(Enumerable.Repeat("amp;", 40)) + "lt;b&gt;";
        // Long enough to pass any per-run decoding budget, short enough to keep the catalogue fast.
        string run = Convert.ToBase64String(v.Bytes(96 * 1024));
        (string Name, string Bomb)[] bombs = [("percent-50-deep", percent), ("base64-12-deep", base64), ("html-40-deep", html), ("base64-128k", run)];

        int turn = 0;
        foreach (var (name, bomb) in bombs)
        {
            var secret = v.OneOfEach()[turn * 3 % 13];
            foreach (var carrier in new[] { Carrier.Families[turn % 4], Carrier.Families[(turn + 2) % 4] })
            {
                yield return EvasionCase.InText($"bomb.{name}-{secret.Kind}.{carrier.Name}", carrier, secret, "blob: " + bomb + "\n" + secret.Sentence());
            }

            turn++;
        }
    }
}
