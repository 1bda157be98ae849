using System.Text;
using System.Text.Json;
using CsCheck;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>
/// For any way the model's answer and thinking are cut into line fragments, and however the stream ends (done line
/// with or without fields, no done line, an error line), the client concatenates exactly the restored text
/// (real <see cref="RedactionSession"/>).
/// </summary>
public sealed class OllamaFragmentPropertyTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        "Hello ", "[[PERSON_1]]", "[[EMAIL_1]]", "[[PASSWORD_1]]", "[[ EMAIL_1 ]]", "[EMAIL_1]", "北京", "😀",
        "[[", "]]", "[", "x", "[[UNKNOWN_9]]", "[[EMAIL_7]]", "\"", "\\", "\n")
        .Array[0, 25].Select(parts => string.Concat(parts));

    private static readonly Gen<(string A, string B, int[] CutsA, int[] CutsB, bool[] Together, int End, int[] Chunks)> Input =
        Gen.Select(Text, Text, Gen.Int[0, 400].Array[0, 15], Gen.Int[0, 400].Array[0, 15], Gen.Bool.Array[40], Gen.Int[0, 4], Gen.Int[1, 40].Array[0, 60]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Transform_AnyFragmentation_ClientSeesRestoredText(bool chat)
    {
        IWireProtocol protocol = chat ? OllamaChatProtocol.Instance : OllamaGenerateProtocol.Instance;
        string answer = chat ? "content" : "response";
        Input.Sample(
            input =>
            {
                string stream = Build(Cut(input.A, input.CutsA), Cut(input.B, input.CutsB), input.Together, input.End, chat);
                var restorer = Sessions.Issued();

                string output = Transform.RunText(protocol, "application/x-ndjson", Sessions.Issued(), Encoding.UTF8.GetBytes(stream), input.Chunks);
                var client = OllamaClientReference.Read(output, chat);

                client.Field(answer).Masked().Should().Be(restorer.Restore(input.A, TextContext.Plain).Masked());
                client.Field("thinking").Masked().Should().Be(restorer.Restore(input.B, TextContext.Plain).Masked());
                client.Errors.Should().HaveCount(input.End == 4 ? 1 : 0);
                if (input.End == 4)
                {
                    client.Lines[^1]["error"].Should().NotBeNull("the error line stays last");
                }
            },
            iter: 300,
            threads: 1);
    }

    internal static List<string> Cut(string text, int[] cuts)
    {
        var points = cuts.Select(c => text.Length == 0 ? 0 : c % (text.Length + 1))
            .Where(c => c == 0 || c == text.Length || !char.IsLowSurrogate(text[c]))
            .Append(0).Append(text.Length).Distinct().Order().ToList();
        var fragments = new List<string>();
        for (int i = 1; i < points.Count; i++)
        {
            fragments.Add(text[points[i - 1]..points[i]]);
        }

        return fragments;
    }

    /// <summary>End: 0 done line with empty fields, 1 done on the last fragment line, 2 done line without fields, 3 no done line, 4 error line.</summary>
    private static string Build(List<string> a, List<string> b, bool[] together, int end, bool chat)
    {
        var lines = new List<(string? A, string? B)>();
        int ia = 0, ib = 0, step = 0;
        while (ia < a.Count || ib < b.Count)
        {
            bool both = together[step++ % together.Length];
            string? fa = ia < a.Count && (both || ib >= b.Count || step % 2 == 0) ? a[ia++] : null;
            string? fb = ib < b.Count && (both || fa is null) ? b[ib++] : null;
            lines.Add((fa, fb));
        }

        var stream = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            bool done = end == 1 && i == lines.Count - 1;
            stream.Append(Line(lines[i].A ?? (chat ? string.Empty : null), lines[i].B, done, chat));
        }

        stream.Append(end switch
        {
            0 => Line(string.Empty, string.Empty, done: true, chat),
            1 when lines.Count == 0 => Line(null, null, done: true, chat),
            2 => Line(null, null, done: true, chat),
            4 => "{\"error\":\"an error was encountered while running the model\"}\n",
            _ => string.Empty,
        });
        return stream.ToString();
    }

    private static string Line(string? a, string? b, bool done, bool chat)
    {
        var fields = new List<string>();
        if (a is not null)
        {
            fields.Add($"\"{(chat ? "content" : "response")}\":{JsonSerializer.Serialize(a)}");
        }

        if (b is not null)
        {
            fields.Add($"\"thinking\":{JsonSerializer.Serialize(b)}");
        }

        string body = string.Join(",", fields);
        string text = chat ? $"\"message\":{{\"role\":\"assistant\"{(body.Length > 0 ? "," : string.Empty)}{body}}}" : body;
        string separator = text.Length > 0 ? "," : string.Empty;
        return $"{{\"model\":\"m\",\"created_at\":\"t\"{separator}{text},\"done\":{(done ? "true" : "false")}}}\n";
    }
}
