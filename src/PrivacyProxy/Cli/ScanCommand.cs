using System.Buffers;
using System.Text;
using System.Text.Json;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Cli;

/// <summary>
/// The <c>scan</c> verb (design.md's contract). <c>scan --jsonl FILE</c> reads <c>{"id","text"}</c> lines (FILE or
/// <c>-</c> for stdin) and writes one <c>{"id","spans":[...]}</c> line per input, in order, and nothing else on
/// stdout. Without <c>--jsonl</c> it reads text from stdin and prints it redacted. <c>--rules DIR</c> picks the
/// packs. Errors go to stderr and name line numbers and options, never input text. Exit codes: 0 done,
/// 1 bad input, 2 bad usage or rules.
/// </summary>
internal static class ScanCommand
{
    private const string Usage = "usage: PrivacyProxy scan [--rules DIR] [--jsonl FILE|-]   (without --jsonl: redacts stdin to stdout)";
    private const int FlushBytes = 1 << 16;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        string? jsonl = null;
        var rules = Detector.DefaultRulesDirectory;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--jsonl" when i + 1 < args.Length:
                    jsonl = args[++i];
                    break;
                case "--rules" when i + 1 < args.Length:
                    rules = args[++i];
                    break;
                case "-h" or "--help":
                    await output.WriteLineAsync(Usage);
                    return 0;
                default:
                    await error.WriteLineAsync($"scan: unknown or incomplete option '{args[i]}'{Environment.NewLine}{Usage}");
                    return 2;
            }
        }

        Detector detector;
        try
        {
            detector = Detector.Load(rules);
        }
        catch (RuleLoadException ex)
        {
            await error.WriteLineAsync("scan: " + ex.Message);
            return 2;
        }

        if (jsonl is null)
        {
            var text = await input.ReadToEndAsync();
            await output.WriteAsync(Redact(text, detector.Detect(text)));
            await output.FlushAsync();
            return 0;
        }

        if (jsonl != "-" && !File.Exists(jsonl))
        {
            await error.WriteLineAsync($"scan: file not found: {jsonl}");
            return 2;
        }

        using var stream = jsonl == "-" ? null : new FileStream(jsonl, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var lines = stream is null ? ReadLines(input) : ReadLines(stream);
        return await ScanLinesAsync(lines, detector, output, error);
    }

    private static async Task<int> ScanLinesAsync(IEnumerable<byte[]> lines, Detector detector, TextWriter output, TextWriter error)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushBytes * 2);
        using var json = new Utf8JsonWriter(buffer);
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var content = lineNumber == 1 && line.AsSpan().StartsWith("\uFEFF"u8) ? line[3..] : line;
            if (content.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (!TryParse(content, out var id, out var text, out var problem))
            {
                await FlushAsync(buffer, output);
                await error.WriteLineAsync($"scan: line {lineNumber}: {problem}");
                return 1;
            }

            WriteResult(json, id, detector.Detect(text));
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= FlushBytes)
            {
                await FlushAsync(buffer, output);
            }
        }

        await FlushAsync(buffer, output);
        return 0;
    }

    private static bool TryParse(byte[] line, out JsonElement id, out string text, out string problem)
    {
        id = default;
        text = "";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "expected a JSON object with \"id\" and \"text\"";
                return false;
            }

            if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                problem = "\"id\" is missing or not a string or number";
                return false;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problem = "\"text\" is missing or not a string";
                return false;
            }

            id = idElement.Clone();
            text = textElement.GetString()!;
            problem = "";
            return true;
        }
        catch (JsonException ex)
        {
            // The parser's own message can quote input characters; only the position is reported.
            problem = $"not valid JSON (byte {ex.BytePositionInLine})";
            return false;
        }
        catch (InvalidOperationException)
        {
            problem = "\"text\" holds an escaped lone surrogate, which is not valid UTF-16";
            return false;
        }
    }

    private static void WriteResult(Utf8JsonWriter json, JsonElement id, IReadOnlyList<Finding> findings)
    {
        json.WriteStartObject();
        json.WritePropertyName("id"u8);
        id.WriteTo(json);
        json.WriteStartArray("spans"u8);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteNumber("start"u8, finding.Start);
            json.WriteNumber("end"u8, finding.End);
            json.WriteString("category"u8, finding.Category);
            json.WriteString("type"u8, finding.Type);
            json.WriteString("rule"u8, finding.RuleId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task FlushAsync(ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        if (buffer.WrittenCount > 0)
        {
            // The writer escapes non-ASCII, so the bytes are ASCII and decode one to one.
            await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }

        await output.FlushAsync();
    }

    private static string Redact(string text, IReadOnlyList<Finding> findings)
    {
        var redacted = new StringBuilder(text.Length);
        var at = 0;
        foreach (var finding in findings)
        {
            redacted.Append(text, at, finding.Start - at).Append("[[").Append(finding.Type).Append("]]");
            at = finding.End;
        }

        return redacted.Append(text, at, text.Length - at).ToString();
    }

    private static IEnumerable<byte[]> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return Encoding.UTF8.GetBytes(line);
        }
    }

    private static IEnumerable<byte[]> ReadLines(Stream stream)
    {
        var pending = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            for (var newline = Array.IndexOf(chunk, (byte)'\n', 0, read); newline >= 0; newline = Array.IndexOf(chunk, (byte)'\n', start, read - start))
            {
                pending.Write(chunk, start, newline - start);
                yield return pending.ToArray();
                pending.SetLength(0);
                start = newline + 1;
            }

            pending.Write(chunk, start, read - start);
        }

        if (pending.Length > 0)
        {
            yield return pending.ToArray();
        }
    }
}
