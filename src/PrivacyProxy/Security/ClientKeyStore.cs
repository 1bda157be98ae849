using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Security;

/// <summary>
/// The configured client keys, kept only as SHA-256 digests, looked up in constant time per entry so a caller
/// cannot learn a key byte by byte from response timing.
/// </summary>
internal sealed class ClientKeyStore
{
    private readonly (string Id, byte[] Digest)[] _entries;

    public ClientKeyStore(IOptions<PrivacyProxyOptions> options)
    {
        var keys = options.Value.ClientKeys;
        _entries = new (string, byte[])[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            _entries[i] = (keys[i].Id, Digest(keys[i].Key));
        }
    }

    /// <summary>True when callers must present a key.</summary>
    public bool IsEnabled => _entries.Length > 0;

    /// <summary>Returns the id of the client whose key is <paramref name="presented"/>, or null.</summary>
    public string? FindId(string presented)
    {
        byte[] digest = Digest(presented);
        string? found = null;
        foreach (var (id, expected) in _entries)
        {
            // Every entry is compared, match or not.
            if (CryptographicOperations.FixedTimeEquals(digest, expected))
            {
                found = id;
            }
        }

        return found;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
