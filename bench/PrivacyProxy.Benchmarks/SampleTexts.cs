using System.Reflection;
using System.Text;

namespace PrivacyProxy.Benchmarks;

/// <summary>
/// Deterministic benchmark inputs: a 4 KB chat prompt (prose with a few personal values) and a 100 KB dev-tool
/// context (this repository's own detection sources, embedded at build, with a few secrets planted in it as a
/// coding assistant would send them). All values are fake.
/// </summary>
internal static class SampleTexts
{
    private const string Prose = """
        Hi, I'm debugging our signup flow and could use a second pair of eyes. When a user registers, the API returns
        a 500 after the confirmation e-mail is queued. The customer who reported it is Maria Keller (maria.keller@northwind-mail.com,
        phone +49 30 1234567); she retried three times between 10:02 and 10:15 UTC yesterday. Our logs show the request
        coming from 203.0.113.42 and the worker on 10.12.4.7 timing out while talking to the SMTP relay. The relay config
        has a 30 second timeout, retries=3, and the queue is capped at 10000 messages. I've attached the stack trace below
        and the relevant part of appsettings. Version 4.2.1 of the mailer library is pinned; upgrading to 4.3.0 did not
        help. Could the issue be the TLS handshake? We also store her billing details, card ending 4242, in a separate
        service, so please don't suggest touching that one. What would you check first, and in which order?

        """;

    public static string ChatPrompt { get; } = Repeat(Prose, 4096);

    public static string DevContext { get; } = BuildDevContext(100 * 1024);

    public static string ByName(string name) => name switch
    {
        "chat-4KB" => ChatPrompt,
        "dev-100KB" => DevContext,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString(0, length);
    }

    private static string BuildDevContext(int length)
    {
        string[] planted =
        [
            "// local test settings\nvar awsKey = \"AKIAP3GFUXGOJWCPPU4F\";\n",
            "    \"ConnectionStrings\": { \"Main\": \"Server=db01;Database=app;User Id=app;Password=Tr0ub4dor&3xyz;\" },\n",
            "// reviewer: jane.doe@acme-corp.io, on call +1 415 555 0132\n",
            "const string GitHubToken = \"ghp_9yHkL3mQ2vX8rT5wZ1nB4cF7dJ6sA0eP2uYq\";\n",
        ];
        var assembly = Assembly.GetExecutingAssembly();
        var builder = new StringBuilder(length + 8192);
        var next = 0;
        while (builder.Length < length)
        {
            foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                builder.Append("// file: ").Append(name).Append('\n').Append(reader.ReadToEnd()).Append('\n');
                if (builder.Length > (next + 1) * length / (planted.Length + 1) && next < planted.Length)
                {
                    builder.Append(planted[next++]);
                }

                if (builder.Length >= length)
                {
                    break;
                }
            }
        }

        return builder.ToString(0, length);
    }
}
