using System.Text.Json;

namespace PrivacyProxy.Benchmarks;

/// <summary>
/// Writes a scan --jsonl input of about the requested size: 4 KB chat prompts and 100 KB dev contexts in turn,
/// nine prompts per context. Usage: <c>--make-jsonl FILE MEGABYTES</c>.
/// </summary>
internal static class JsonlSample
{
    public static int Run(string[] args)
    {
        var target = long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000;
        using var writer = new StreamWriter(args[0]);
        long written = 0;
        for (var i = 0; written < target; i++)
        {
            var text = i % 10 == 9 ? SampleTexts.DevContext : SampleTexts.ChatPrompt;
            var line = JsonSerializer.Serialize(new { id = $"req-{i}", text });
            writer.Write(line);
            writer.Write('\n');
            written += line.Length + 1;
        }

        Console.WriteLine($"{args[0]}: {written / 1e6:F1} MB");
        return 0;
    }
}
