using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyProxy.Detection;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Redaction;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Json;

/// <summary>
/// Values that only a detector reading a key and its value together finds, hidden by control escapes in embedded
/// JSON (issue 7, item 2), and card digits in the fraction of an in-range number (item 1). The detector here
/// behaves like the real cue rules: it takes a value only right after its quoted key.
/// </summary>
public sealed partial class EmbeddedDocumentViewTests
{
    private const string Password = "Tr0ub4dor&3x!12";
    private const string SsnDigits = "234567890";
    private const string CardDigits = "4111111111111111";

    /// <summary>Arguments and the value they hide, by index, so that test names never show a planted value.</summary>
    private static readonly (string Arguments, string Planted)[] Hidden =
    [
        ("{\"pass\\u0000word\": \"" + Password + "\"}", Password),
        ("{\"pa\\u0001ss\\u007fword\": \"" + Password + "\", \"n\": 1}", Password),
        ("{\"ssn\": \"234\\u000856\\u00087890\"}", SsnDigits),
        ("[{\"\\u0073sn\": \"234\\u00005\\u00006\\u00007890\"}]", SsnDigits),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RewriteRequest_ControlEscapesInArguments_ValueFoundWithItsKey(int index)
    {
        (string arguments, string planted) = Hidden[index];

        string output = Chat(ArgumentsBody(arguments));

        string rewritten = Arguments(output);
        Clean(rewritten).Contains(planted, StringComparison.Ordinal).Should().BeFalse("the planted value must not reach the upstream in any form");
        rewritten.Contains("[[", StringComparison.Ordinal).Should().BeTrue("the value is replaced by a placeholder");
        Action parse = () => JsonDocument.Parse(rewritten).Dispose();
        parse.Should().NotThrow("the rewritten arguments are still JSON");
    }

    [Fact]
    public void RewriteRequest_ArgumentsWithHarmlessEscapes_BytesIdentical()
    {
        string body = ArgumentsBody("{\"note\": \"caf\\u00e9 \\u0022quoted\\u0022\", \"n\": 0.5}");

        Chat(body).Should().Be(body);
    }

    [Theory]
    [InlineData("0.{0}")]
    [InlineData("0.000{0}")]
    [InlineData("{0}e-16")]
    public void RewriteRequest_CardInTheFractionOfAnInRangeNumber_Replaced(string form)
    {
        string number = form.Replace("{0}", CardDigits, StringComparison.Ordinal);
        string body = "{\"model\":\"deepseek-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"top_p\":" + number + "}";

        string output = Chat(body);

        output.Contains(CardDigits, StringComparison.Ordinal).Should().BeFalse("the planted card must not reach the upstream");
    }

    [Theory]
    [InlineData("{\"pass\\u0000word\": \"x\"}", "{\"password\": \"x\"}")]
    [InlineData("{\"a\": \"\\u0041\\u00e9\"}", "{\"a\": \"Aé\"}")]
    [InlineData("{\"a\": \"\\u0022\\u005c\\u000a\\u0009\"}", null)]
    [InlineData("{\"a\": \"\\\\u0041\"}", null)]
    [InlineData("{\"a\": \"plain\"}", null)]
    public void OfDocument_Escapes_ControlsDroppedCharactersWrittenOutStructureKept(string text, string? expected)
    {
        ScanView.OfDocument(text).Should().Be(expected);
    }

    private static string Chat(string body) =>
        Encoding.UTF8.GetString(OpenAIChatProtocol.Instance.RewriteRequest(
            Encoding.UTF8.GetBytes(body), new RedactionSession(new CueDetector()), RequestRewriteOptions.Default));

    private static string ArgumentsBody(string arguments) =>
        "{\"model\":\"deepseek-chat\",\"messages\":[{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\"," +
        "\"function\":{\"name\":\"f\",\"arguments\":" + JsonSerializer.Serialize(arguments) + "}}]},{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"ok\"}]}";

    private static string Arguments(string output) => JsonAt.String(output, "messages[0].tool_calls[0].function.arguments")!;

    /// <summary>The text with its <c>\u</c> escapes decoded and control characters removed, as a reader could.</summary>
    private static string Clean(string text)
    {
        string decoded = UEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        return new string([.. decoded.Where(c => !char.IsControl(c))]);
    }

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex UEscape();

    /// <summary>A password or SSN right after its quoted key, or a card of sixteen digits with no digit or point before it.</summary>
    private sealed partial class CueDetector : IDetector
    {
        public IReadOnlyList<Finding> Detect(string text)
        {
            var findings = new List<Finding>();
            foreach (Match match in Pattern().Matches(text))
            {
                findings.Add(new Finding(match.Index, match.Index + match.Length, Categories.Secret, "SECRET", "cue"));
            }

            return findings;
        }

        [GeneratedRegex(@"(?<=""password"": "")[^""]+|(?<=""ssn"": "")\d{9}(?="")|(?<![\d.])4\d{15}(?!\d)")]
        private static partial Regex Pattern();
    }
}
