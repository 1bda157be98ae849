using System.Text;
using System.Text.Json;

namespace PrivacyProxy.ProxyBenchmarks;

/// <summary>
/// A chat request whose user message is about 4 KB of code-review prose with a handful of fake secrets and
/// identifiers (so the proxy has real scrubbing and restoring work), streamed or not.
/// </summary>
internal static class BenchPayload
{
    private const string Filler =
        "The service reads its configuration at start, validates every section and logs a summary of what it " +
        "loaded. Requests go through authentication, rate limiting and a retry policy before reaching storage. ";

    private static readonly string Prompt = BuildPrompt();

    public static int PromptLength => Prompt.Length;

    public static byte[] Body(bool stream) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        model = "deepseek-v4-flash-bench",
        stream,
        messages = new object[]
        {
            new { role = "system", content = "You review code and configuration." },
            new { role = "user", content = Prompt },
        },
    });

    private static string BuildPrompt()
    {
        var text = new StringBuilder(4200);
        string[] planted =
        [
            " Deploy key AKIAQ7RZ4MWX2LT5NB3K was committed by mistake. ",
            " Contact dana.whitfield@contoso-mail.net about the incident. ",
            " The test card 4111 1111 1111 1111 appears in a fixture. ",
            " SSN 536-22-8817 was found in a log sample. ",
        ];
        int next = 0;
        while (text.Length < 4096)
        {
            text.Append(Filler);
            if (text.Length > (next + 1) * 900 && next < planted.Length)
            {
                text.Append(planted[next++]);
            }
        }

        return text.ToString(0, 4096);
    }
}
