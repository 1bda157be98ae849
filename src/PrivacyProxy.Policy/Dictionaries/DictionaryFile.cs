namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>
/// Reads a term file under the dictionary directory: one term per line, blank lines and lines starting with '#'
/// skipped. A path that leaves the directory (<c>..</c>, an absolute path, a link pointing out) is refused.
/// </summary>
internal static class DictionaryFile
{
    /// <summary>The terms with their 1-based line numbers, or null and why not (the problem names the file, never its text).</summary>
    public static IReadOnlyList<(string Term, int Line)>? Read(string directory, string relative, out string path, out string? problem)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        path = relative.Contains('\0', StringComparison.Ordinal) ? "" : Path.GetFullPath(Path.Combine(root, relative));
        if (path.Length == 0 || Path.IsPathRooted(relative) || !IsInside(root, path))
        {
            problem = $"'{relative}' is outside the dictionary directory; give a path relative to it";
            return null;
        }

        if (!File.Exists(path))
        {
            problem = $"'{relative}' was not found in the dictionary directory";
            return null;
        }

        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null && !IsInside(root, Path.GetFullPath(target.FullName)))
        {
            problem = $"'{relative}' links outside the dictionary directory";
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem = $"'{relative}' cannot be read ({error.GetType().Name})";
            return null;
        }

        problem = null;
        var terms = new List<(string Term, int Line)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                terms.Add((line, i + 1));
            }
        }

        return terms;
    }

    private static bool IsInside(string root, string path) => path.StartsWith(root, StringComparison.Ordinal);
}
