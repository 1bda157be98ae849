using System.Text;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>
/// Random hiding places in an upload (fixed seed): a planted value as a field value, an unknown part header's name
/// or value, a Content-Disposition parameter's name or value, or a file name cut into 1-5 RFC 2231 pieces, each
/// randomly plain or percent-encoded. Through the real session, nothing of the value leaves, raw or decoded, and
/// the rewritten body still parses.
/// </summary>
public sealed class UploadEvasionPropertyTests
{
    private const string Boundary = "----PrivacyProxyBoundaryProperty01";
    private const int Iterations = 300;

    // Values usable in a header token (no '@'): the key and the card; the e-mail goes only where quoting or encoding allows.
    private static readonly string[] TokenValues = [Secrets.ApiKey, Secrets.Card.Replace(" ", "", StringComparison.Ordinal)];

    [Fact]
    public void RewriteMultipart_PlantedValueInRandomPlace_NeverLeaves()
    {
        var random = new Random(7101);
        for (int i = 0; i < Iterations; i++)
        {
            string value = random.Next(3) == 0 ? Secrets.Email : TokenValues[random.Next(TokenValues.Length)];
            string disposition = "Content-Disposition: form-data; name=\"file\"; ";
            string extraHeader = "";
            int place = random.Next(5);
            switch (place)
            {
                case 0:
                    disposition += Continuation(value, random);
                    break;
                case 1:
                    disposition += $"filename=\"a.txt\"; x-note=\"{value}\"";
                    break;
                case 2 when !value.Contains('@', StringComparison.Ordinal):
                    disposition += $"filename=\"a.txt\"; x{value}=1";
                    break;
                case 3 when !value.Contains('@', StringComparison.Ordinal):
                    disposition += "filename=\"a.txt\"";
                    extraHeader = $"\r\nX-{value}: 1";
                    break;
                default:
                    disposition += "filename=\"a.txt\"";
                    extraHeader = $"\r\nX-Note: by {value}";
                    break;
            }

            var upload = new Upload(Boundary)
                .Field(random.Next(2) == 0 ? "purpose" : "expires_after[anchor]", random.Next(2) == 0 ? value : "user_data")
                .Part(disposition + extraHeader + "\r\nContent-Type: text/plain", "hello"u8.ToArray());

            byte[] output = FileUploadProtocol.OpenAI.RewriteMultipart(upload.Build(), upload.ContentType, Planted.Session(), RequestRewriteOptions.Default);

            string text = Encoding.UTF8.GetString(output);
            Planted.AnyIn(text).Should().BeFalse("iteration {0} (place {1}): the planted value must not leave", i, place);
            Planted.AnyIn(Uri.UnescapeDataString(text)).Should().BeFalse("iteration {0} (place {1}): nor percent-encoded", i, place);
            ReferenceMultipart.Parse(output, Boundary).Should().HaveCount(2, "iteration {0}: the body still parses", i);
        }
    }

    /// <summary><c>filename*0…*N</c> carrying "report " + value + ".txt", cut at random points, pieces in random order.</summary>
    private static string Continuation(string value, Random random)
    {
        string name = "report " + value + ".txt";
        int pieces = random.Next(1, 6);
        var cuts = Enumerable.Range(0, pieces - 1).Select(_ => random.Next(1, name.Length)).Distinct().Order().ToList();
        var parts = new List<string>();
        int start = 0;
        foreach (int cut in cuts.Append(name.Length))
        {
            parts.Add(name[start..cut]);
            start = cut;
        }

        var written = new List<string>();
        for (int n = 0; n < parts.Count; n++)
        {
            bool extended = random.Next(2) == 0;
            written.Add(extended
                ? $"filename*{n}*={(n == 0 ? "utf-8''" : "")}{Uri.EscapeDataString(parts[n])}"
                : $"filename*{n}=\"{parts[n]}\"");
        }

        return string.Join("; ", written.OrderBy(_ => random.Next()));
    }
}
