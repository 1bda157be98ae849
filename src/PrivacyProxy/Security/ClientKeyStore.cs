using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;
using PrivacyProxy.Pipeline;

namespace PrivacyProxy.Security;

/// <summary>
/// The configured client keys, kept only as SHA-256 digests, looked up in constant time per entry so a caller
/// cannot learn a key byte by byte from response timing.
/// </summary>
internal sealed class ClientKeyStore
{
    private readonly (Caller Caller, byte[] Digest)[] _entries;

    public ClientKeyStore(IOptions<PrivacyProxyOptions> options)
    {
        var keys = options.Value.ClientKeys;
        _entries = new (Caller, byte[])[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            string? team = string.IsNullOrWhiteSpace(keys[i].Team) ? null : keys[i].Team!.Trim();
            _entries[i] = (new Caller(keys[i].Id, team), Digest(keys[i].Key));
        }
    }

    /// <summary>True when callers must present a key.</summary>
    public bool IsEnabled => _entries.Length > 0;

    /// <summary>Returns the caller whose key is <paramref name="presented"/>, or null.</summary>
    public Caller? Find(string presented)
    {
        byte[] digest = Digest(presented);
        Caller? found = null;
        foreach (var (caller, expected) in _entries)
        {
            // Every entry is compared, match or not.
            if (CryptographicOperations.FixedTimeEquals(digest, expected))
            {
                found = caller;
            }
        }

        return found;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
