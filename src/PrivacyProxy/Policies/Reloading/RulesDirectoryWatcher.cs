namespace PrivacyProxy.Policies.Reloading;

/// <summary>
/// Raises a <see cref="ChangeSignal"/> on any change under the rules directory, recursively: rule packs, word
/// lists and dictionary files. A lost event (the watcher's buffer overflowed) is a change too.
/// </summary>
internal sealed class RulesDirectoryWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;

    /// <exception cref="IOException">The system refused another watcher (for example inotify's instance limit).</exception>
    /// <exception cref="ArgumentException">The directory does not exist.</exception>
    public RulesDirectoryWatcher(string directory, ChangeSignal signal)
    {
        Directory = directory;
        _watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => signal.Raise();
        _watcher.Created += (_, _) => signal.Raise();
        _watcher.Deleted += (_, _) => signal.Raise();
        _watcher.Renamed += (_, _) => signal.Raise();
        _watcher.Error += (_, _) => signal.Raise();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>The directory watched (absolute).</summary>
    public string Directory { get; }

    public void Dispose() => _watcher.Dispose();
}
