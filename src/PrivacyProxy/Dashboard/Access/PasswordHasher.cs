using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Dashboard password hashes: PBKDF2-HMAC-SHA256 with a 16-byte random salt and a 32-byte hash, encoded
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt base64&gt;$&lt;hash base64&gt;</c>. The iteration count is read back from
/// the text, so it can be raised later without breaking existing hashes.
/// </summary>
public static class PasswordHasher
{
    /// <summary>The iterations a new hash uses (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).</summary>
    public const int Iterations = 600_000;

    /// <summary>The fewest iterations a configured hash may have.</summary>
    public const int MinIterations = 100_000;

    private const string Algorithm = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // A hash claiming more would let one configuration line stall every sign-in for minutes.
    private const int MaxIterations = 100_000_000;

    /// <summary>A new encoded hash of <paramref name="password"/> with a fresh random salt.</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        byte[] salt = RandomNumberGenerator.GetBytes(SaltBytes);
        byte[] hash = Derive(password, salt, Iterations);
        return string.Create(CultureInfo.InvariantCulture, $"{Algorithm}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>True when <paramref name="password"/> is the one <paramref name="encoded"/> was made from; false for a malformed hash.</summary>
    public static bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(encoded, out var parsed, out _))
        {
            return false;
        }

        byte[] actual = Derive(password, parsed.Salt, parsed.Iterations);
        return CryptographicOperations.FixedTimeEquals(actual, parsed.Hash);
    }

    /// <summary>Why <paramref name="encoded"/> is not a usable hash, or null when it is; the text never quotes the hash.</summary>
    internal static string? Problem(string? encoded) => TryParse(encoded, out _, out string? problem) ? null : problem;

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    private static bool TryParse(string? encoded, out ParsedHash parsed, out string? problem)
    {
        parsed = default;
        string[] parts = (encoded ?? "").Trim().Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm)
        {
            problem = $"is not a hash made by 'PrivacyProxy hash-password' ({Algorithm}$<iterations>$<salt>$<hash>)";
            return false;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int iterations) || iterations < MinIterations || iterations > MaxIterations)
        {
            problem = $"has an iteration count that is not a whole number from {MinIterations} to {MaxIterations}";
            return false;
        }

        byte[]? salt = FromBase64(parts[2]);
        byte[]? hash = FromBase64(parts[3]);
        if (salt is not { Length: >= SaltBytes } || hash is not { Length: HashBytes })
        {
            problem = $"does not hold a base64 salt of at least {SaltBytes} bytes and a base64 hash of {HashBytes} bytes";
            return false;
        }

        parsed = new ParsedHash(iterations, salt, hash);
        problem = null;
        return true;
    }

    private static byte[]? FromBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private readonly record struct ParsedHash(int Iterations, byte[] Salt, byte[] Hash);
}
