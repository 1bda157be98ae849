using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Remembers recent successful HTTP Basic verifications, so a script polling the API does not pay 600,000 PBKDF2
/// iterations per call. An entry is an HMAC of name and password under a per-process random key, never the
/// password; it lives a few minutes and the table is bounded.
/// </summary>
internal sealed class BasicVerificationCache(TimeProvider time)
{
    /// <summary>How long one verification is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>The most verifications remembered at once.</summary>
    public const int MaxEntries = 1_024;

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _verified = new(StringComparer.Ordinal);

    /// <summary>True when this user name and password verified less than <see cref="Lifetime"/> ago.</summary>
    public bool Contains(string name, string password) =>
        _verified.TryGetValue(Key(name, password), out var expires) && expires > time.GetUtcNow();

    /// <summary>Remembers a verification that just succeeded.</summary>
    public void Add(string name, string password)
    {
        var now = time.GetUtcNow();
        if (_verified.Count >= MaxEntries)
        {
            foreach (var (key, expires) in _verified)
            {
                if (expires <= now)
                {
                    _verified.TryRemove(key, out _);
                }
            }

            if (_verified.Count >= MaxEntries)
            {
                // Still full of live entries: start over rather than grow; the next calls verify again.
                _verified.Clear();
            }
        }

        _verified[Key(name, password)] = now + Lifetime;
    }

    private string Key(string name, string password) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(name + "\0" + password)));
}
