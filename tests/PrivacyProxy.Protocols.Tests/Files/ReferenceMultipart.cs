using System.Text;
using System.Text.RegularExpressions;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>
/// An independent, whole-body multipart/form-data reader used to check the rewriter's output: splits on the
/// delimiter, reads name, filename and Content-Type with regular expressions, and fails on anything unexpected.
/// </summary>
internal static partial class ReferenceMultipart
{
    public sealed record Part(string Headers, string? Name, string? FileName, byte[] Content);

    public static List<Part> Parse(byte[] body, string boundary)
    {
        string text = Encoding.Latin1.GetString(body);
        string dash = "--" + boundary;
        if (!text.StartsWith(dash + "\r\n", StringComparison.Ordinal) || !text.EndsWith("\r\n" + dash + "--\r\n", StringComparison.Ordinal))
        {
            throw new FormatException("The body does not start and end with the boundary.");
        }

        string inner = text[(dash.Length + 2)..^(dash.Length + 6)];
        var parts = new List<Part>();
        foreach (string raw in inner.Split("\r\n" + dash + "\r\n", StringSplitOptions.None))
        {
            int split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (split < 0)
            {
                throw new FormatException("A part has no blank line after its headers.");
            }

            string headers = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(raw[..split]));
            var name = NameParameter().Match(headers);
            var fileName = FileNameParameter().Match(headers);
            parts.Add(new Part(
                headers,
                name.Success ? name.Groups[1].Value : null,
                fileName.Success ? fileName.Groups[1].Value : null,
                Encoding.Latin1.GetBytes(raw[(split + 4)..])));
        }

        return parts;
    }

    public static string Text(this Part part) => Encoding.UTF8.GetString(part.Content);

    [GeneratedRegex("""[;\s]name="?([^";\r\n]*)"?""")]
    private static partial Regex NameParameter();

    [GeneratedRegex("""filename="([^"\r\n]*)""")]
    private static partial Regex FileNameParameter();
}
