using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PrivacyProxy.Security;

/// <summary>
/// Turns a caller identity into DeepSeek's <c>user_id</c>: HMAC-SHA256 under the installation key, base64url
/// (43 characters of <c>[A-Za-z0-9_-]</c>). Stable per caller, unlinkable to the caller without the key.
/// </summary>
internal sealed class UserIdHasher(byte[] key)
{
    /// <summary>Returns the user id for <paramref name="callerId"/>.</summary>
    public string Hash(string callerId)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(callerId), mac);
        return Base64Url.EncodeToString(mac);
    }
}
