namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// Finds the machine's Chromium (Debian's <c>chromium</c>, which tests/run.sh installs when missing). A missing
/// browser fails the browser tests with a message saying how to get one: they never skip.
/// </summary>
internal static class ChromiumExecutable
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    public static string Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
        {
            foreach (var folder in folders)
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            "The dashboard browser tests need headless Chromium, and neither 'chromium' nor 'chromium-browser' is on PATH. " +
            "Install Debian's package ('apt-get install chromium'; tests/run.sh does it when missing).");
    }
}
