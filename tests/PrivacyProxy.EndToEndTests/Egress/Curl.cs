using System.Diagnostics;
using System.Globalization;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// Runs the machine's <c>curl</c> as a tool on the egress network would: <c>--resolve</c> points DeepSeek's name at
/// the proxy and <c>--cacert</c> trusts only the test CA. The body goes through a file, never the command line.
/// </summary>
internal static class Curl
{
    /// <summary>POSTs <paramref name="json"/> to <paramref name="path"/> on <c>https://api.deepseek.com:port</c>; returns the status and body.</summary>
    public static async Task<(int Status, string Body)> PostAsync(
        EgressFixture proxy, string path, string json, IReadOnlyList<string>? headers = null)
    {
        string work = Directory.CreateTempSubdirectory("privacyproxy-curl-").FullName;
        try
        {
            string request = Path.Combine(work, "request.json");
            string response = Path.Combine(work, "response.json");
            await File.WriteAllTextAsync(request, json);
            var start = new ProcessStartInfo("curl")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in (string[])[
                "--silent", "--show-error", "--max-time", "60",
                "--resolve", $"{EgressFixture.DeepSeekHost}:{proxy.HttpsPort}:127.0.0.1",
                "--cacert", proxy.Authority.RootPath,
                "--header", "Content-Type: application/json",
                "--header", "Authorization: Bearer " + EgressFixture.ToolKey,
                "--data-binary", "@" + request,
                "--output", response,
                "--write-out", "%{http_code}"])
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string header in headers ?? [])
            {
                start.ArgumentList.Add("--header");
                start.ArgumentList.Add(header);
            }

            start.ArgumentList.Add($"https://{EgressFixture.DeepSeekHost}:{proxy.HttpsPort}{path}");
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            string status = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                // curl's own message (TLS or connection failure) quotes no request content.
                throw new InvalidOperationException($"curl exited with {process.ExitCode}: {await errors}");
            }

            return (int.Parse(status, CultureInfo.InvariantCulture), await File.ReadAllTextAsync(response));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
