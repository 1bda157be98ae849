using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace PrivacyProxy.Detection.Rules;

/// <summary>
/// Compiles each rules directory once per process: compiled regexes are costly, and every test, request and
/// scan shares the same immutable <see cref="RuleSet"/>. A directory whose files change is compiled again, and
/// only its latest set is kept, so reloading a directory many times does not keep every older set alive.
/// </summary>
internal static class RuleSetCache
{
    private static readonly ConcurrentDictionary<string, Entry> Sets = new(StringComparer.Ordinal);

    public static RuleSet Get(string directory)
    {
        var full = Path.GetFullPath(directory);
        var stamp = Stamp(full);

        // Callers that race for the same files share one compilation; a changed stamp replaces the older set.
        var entry = Sets.AddOrUpdate(
            full,
            static (key, fresh) => new Entry(fresh, new Lazy<RuleSet>(() => RuleSetCompiler.Compile(key))),
            static (key, existing, fresh) => existing.Stamp == fresh ? existing : new Entry(fresh, new Lazy<RuleSet>(() => RuleSetCompiler.Compile(key))),
            stamp);
        var compiled = entry.Set.IsValueCreated;
        try
        {
            return entry.Set.Value;
        }
        finally
        {
            // Files written while the compiler read them: the set (or the error) may mix two versions, so it is not
            // kept under either stamp (the writer's change notification brings a reload of the finished files).
            if (!compiled && Stamp(full) != stamp)
            {
                Sets.TryRemove(new KeyValuePair<string, Entry>(full, entry));
            }
        }
    }

    // A hash of every file's path and content: sizes and write times miss an edit that keeps the size within the
    // file system's timestamp granularity, and a file restored with an older time. The packs are a few hundred KB.
    private static string Stamp(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return "missing";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, path) + "\0"));
            try
            {
                hash.AppendData(File.ReadAllBytes(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or locked between listing and reading: the compiler reports it, or the next change reloads.
                hash.AppendData("\0unreadable"u8);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private sealed record Entry(string Stamp, Lazy<RuleSet> Set);
}
