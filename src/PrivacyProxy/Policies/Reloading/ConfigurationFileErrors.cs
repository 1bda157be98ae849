using System.Text.Json;
using Microsoft.Extensions.Primitives;
using PrivacyProxy.Health;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>
/// Tracks configuration files whose latest reload failed. A file that no longer parses, or a required file that
/// went missing, reloads as empty, silently dropping every key it held: a broken policy file would otherwise
/// reload as "no policies" (everything redact). The reloader rejects the edit while any file is listed here.
/// </summary>
internal sealed class ConfigurationFileErrors : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FileConfigurationProvider> _files = [];
    private readonly HashSet<FileConfigurationProvider> _failing = [];
    private readonly Dictionary<FileConfigurationProvider, HealthProblem> _failed = [];
    private readonly List<IDisposable> _subscriptions = [];

    public ConfigurationFileErrors(IConfiguration configuration)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return;
        }

        foreach (var file in root.Providers.OfType<FileConfigurationProvider>())
        {
            _files.Add(file);

            // Start-up has loaded every file already, so whatever fails from here on is a reload: the failure is kept
            // for /healthz instead of being thrown on the file watcher's thread.
            file.Source.OnLoadException = context =>
            {
                lock (_gate)
                {
                    _failing.Add(file);
                    _failed[file] = new HealthProblem(NameOf(file), null, Describe(context.Exception));
                }

                context.Ignore = true;
            };

            // Fires after every load of the file, failed ones included (right after OnLoadException).
            _subscriptions.Add(ChangeToken.OnChange(file.GetReloadToken, () => Settle(file)));
        }
    }

    /// <summary>Every file that failed its latest load or, being required, no longer exists.</summary>
    public IReadOnlyList<HealthProblem> Current
    {
        get
        {
            var problems = new List<HealthProblem>();
            lock (_gate)
            {
                problems.AddRange(_failed.Values);
            }

            foreach (var file in _files)
            {
                if (!file.Source.Optional && file.Source.FileProvider?.GetFileInfo(file.Source.Path ?? "").Exists == false)
                {
                    problems.Add(new HealthProblem(NameOf(file), null, "the configuration file is missing"));
                }
            }

            return problems;
        }
    }

    /// <summary>The name /healthz and the log give a configuration file: its path as configured.</summary>
    public static string NameOf(FileConfigurationProvider file) => file.Source.Path ?? "configuration file";

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private void Settle(FileConfigurationProvider file)
    {
        lock (_gate)
        {
            if (!_failing.Remove(file))
            {
                _failed.Remove(file);
            }
        }
    }

    // The parser's own message quotes the offending line, which may hold a value: only the position is kept.
    private static string Describe(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return json.LineNumber is { } line
                    ? $"not valid JSON (line {line + 1}, byte {json.BytePositionInLine + 1})"
                    : "not valid JSON";
            }
        }

        return $"cannot be loaded ({exception.GetBaseException().GetType().Name})";
    }
}
