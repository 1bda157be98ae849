using System.Collections.Concurrent;

namespace PrivacyProxy.Detection.Rules;

/// <summary>
/// Compiles each rules directory once per process: compiled regexes are costly, and every test, request and
/// scan shares the same immutable <see cref="RuleSet"/>. A directory whose files change is compiled again.
/// </summary>
internal static class RuleSetCache
{
    private static readonly ConcurrentDictionary<string, Lazy<RuleSet>> Sets = new(StringComparer.Ordinal);

    public static RuleSet Get(string directory)
    {
        var full = Path.GetFullPath(directory);
        var key = full + "|" + Stamp(full);
        return Sets.GetOrAdd(key, _ => new Lazy<RuleSet>(() => RuleSetCompiler.Compile(full))).Value;
    }

    private static string Stamp(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return "missing";
        }

        long latest = 0;
        long size = 0;
        var count = 0;
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            latest = Math.Max(latest, file.LastWriteTimeUtc.Ticks);
            size += file.Length;
            count++;
        }

        return $"{count}:{size}:{latest}";
    }
}
