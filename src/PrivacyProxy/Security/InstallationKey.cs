using System.Security.Cryptography;

namespace PrivacyProxy.Security;

/// <summary>
/// The per-installation secret behind the user_id hash: 32 random bytes generated on first start into a file
/// readable only by the owner, never in code or configuration.
/// </summary>
internal static class InstallationKey
{
    private const int KeyBytes = 32;

    /// <summary>
    /// Reads the key file the options name (<c>PrivacyProxy:InstallationKeyPath</c>, else <c>installation.key</c> in
    /// the data directory), creating it first when it does not exist; <paramref name="path"/> is the full path.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file cannot be read or created, or holds no valid key.</exception>
    public static byte[] LoadOrCreate(Hosting.PrivacyProxyOptions options, out string path, out bool created)
    {
        path = Path.GetFullPath(string.IsNullOrWhiteSpace(options.InstallationKeyPath)
            ? Path.Combine(options.DataDirectory, "installation.key")
            : options.InstallationKeyPath);
        try
        {
            return LoadOrCreate(path, out created);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The bare I/O message names neither the setting nor what the file is for.
            throw new InvalidOperationException(
                $"The installation key file '{path}' cannot be read or created ({e.Message}); set PrivacyProxy:InstallationKeyPath or PrivacyProxy:DataDirectory.", e);
        }
    }

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
