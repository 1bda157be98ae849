namespace PrivacyProxy.Detection.Tests.Checks;

/// <summary>The rule packs and peer corpora as the test project copies them beside the test assembly.</summary>
internal static class RepositoryFiles
{
    public static string Rules(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "rules", .. parts]);

    public static string Corpus(string file) => Path.Combine(AppContext.BaseDirectory, "corpora", file);
}
