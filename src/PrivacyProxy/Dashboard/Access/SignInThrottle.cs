using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Counts failed sign-ins per (user name, client address) and locks a pair that reaches
/// <see cref="DashboardOptions.LockoutThreshold"/> within <see cref="DashboardOptions.LockoutWindow"/>. The table
/// lives in memory only and is bounded; its keys are HMACs under a per-process key, so neither the typed name (which
/// may be a mistyped password) nor the address is held in plain text.
/// </summary>
internal sealed class SignInThrottle(IOptions<DashboardOptions> options, TimeProvider time)
{
    /// <summary>The most pairs tracked at once.</summary>
    public const int MaxEntries = 10_000;

    private readonly DashboardOptions _options = options.Value;
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>True while the pair is locked.</summary>
    public bool IsLocked(string name, IPAddress? client)
    {
        string key = Key(name, client);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            return _entries.TryGetValue(key, out var entry) && entry.LockedUntil > now;
        }
    }

    /// <summary>Counts one failure; true when it locked the pair.</summary>
    public bool RecordFailure(string name, IPAddress? client)
    {
        string key = Key(name, client);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                MakeRoom(now);
                entry = new Entry { WindowStart = now };
                _entries[key] = entry;
            }

            if (entry.LockedUntil > now)
            {
                return false;
            }

            if (now - entry.WindowStart >= _options.LockoutWindow)
            {
                entry.WindowStart = now;
                entry.Failures = 0;
            }

            entry.Failures++;
            if (entry.Failures < _options.LockoutThreshold)
            {
                return false;
            }

            entry.LockedUntil = now + _options.LockoutDuration;
            entry.Failures = 0;
            entry.WindowStart = entry.LockedUntil;
            return true;
        }
    }

    /// <summary>Forgets the pair's failures after a successful sign-in.</summary>
    public void RecordSuccess(string name, IPAddress? client)
    {
        string key = Key(name, client);
        lock (_lock)
        {
            _entries.Remove(key);
        }
    }

    // Stale pairs go first; when every pair is still live, the one whose lock or window ends soonest, so a flood of
    // new names cannot push a locked pair out before its time unless the table holds nothing else.
    private void MakeRoom(DateTimeOffset now)
    {
        if (_entries.Count < MaxEntries)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            if (entry.LockedUntil <= now && now - entry.WindowStart >= _options.LockoutWindow)
            {
                _entries.Remove(key);
            }
        }

        if (_entries.Count >= MaxEntries)
        {
            var soonest = _entries.MinBy(static pair => pair.Value.LockedUntil > pair.Value.WindowStart ? pair.Value.LockedUntil : pair.Value.WindowStart);
            _entries.Remove(soonest.Key);
        }
    }

    private string Key(string name, IPAddress? client)
    {
        // Names are matched ignoring case, so "Auditor" and "auditor" share one count.
        string text = name.ToUpperInvariant() + "\n" + (client?.ToString() ?? "-");
        return Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
    }

    private sealed class Entry
    {
        public int Failures { get; set; }

        public DateTimeOffset WindowStart { get; set; }

        public DateTimeOffset LockedUntil { get; set; }
    }
}
