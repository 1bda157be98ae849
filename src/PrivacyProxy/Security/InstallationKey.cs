using System.Security.Cryptography;

namespace PrivacyProxy.Security;

/// <summary>
/// The per-installation secret behind the user_id hash: 32 random bytes generated on first start into a file
/// readable only by the owner, never in code or configuration.
/// </summary>
internal static class InstallationKey
{
    private const int KeyBytes = 32;

    /// <summary>Reads the key at <paramref name="path"/>, creating it first when the file does not exist.</summary>
    /// <exception cref="InvalidOperationException">The file exists but does not hold a valid key.</exception>
    public static byte[] LoadOrCreate(string path, out bool created)
    {
        created = false;
        if (!File.Exists(path))
        {
            created = TryCreate(path);
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The installation key file '{path}' is not base64; delete it to generate a new key.");
        }

        return key.Length >= KeyBytes
            ? key
            : throw new InvalidOperationException($"The installation key file '{path}' holds fewer than {KeyBytes} bytes; delete it to generate a new key.");
    }

    private static bool TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
            return false;
        }
    }
}
