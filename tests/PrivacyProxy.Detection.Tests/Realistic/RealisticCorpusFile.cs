using System.Text.Encodings.Web;
using System.Text.Json;

namespace PrivacyProxy.Detection.Tests.Realistic;

/// <summary>
/// The committed JSONL form of the realistic corpus (Realistic/Data), read from the source tree so the files
/// in the repository are what the tests measure. One line per case: id, kind, text, spans, lookAlikes.
/// </summary>
internal static class RealisticCorpusFile
{
    public const string PromptsFile = "prompts.jsonl";
    public const string CleanFile = "clean.jsonl";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string DataDirectory { get; } = FindDataDirectory();

    public static IReadOnlyList<RealisticCase> Read(string file) =>
        [.. File.ReadLines(Path.Combine(DataDirectory, file)).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<RealisticCase>(l, Options)!)];

    public static string Serialize(IEnumerable<RealisticCase> cases) =>
        string.Concat(cases.Select(c => JsonSerializer.Serialize(c, Options) + "\n"));

    private static string FindDataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "PrivacyProxy.Detection.Tests", "Realistic", "Data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/PrivacyProxy.Detection.Tests/Realistic/Data not found above the test assembly");
    }
}
