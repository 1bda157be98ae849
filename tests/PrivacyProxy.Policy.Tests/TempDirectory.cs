namespace PrivacyProxy.Policy.Tests;

/// <summary>A dictionary directory of its own for one test, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "pp-policy-" + Guid.NewGuid().ToString("N"));
        Dictionaries = Path.Combine(Root, "dictionaries");
        Directory.CreateDirectory(Dictionaries);
    }

    public string Root { get; }

    public string Dictionaries { get; }

    public TempDirectory WithFile(string relative, params string[] lines)
    {
        var path = Path.Combine(Dictionaries, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
