using PrivacyProxy.Hosting;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Where the data protection keys that sign the dashboard's cookies and antiforgery tokens live: <c>dashboard-keys</c>
/// under the data directory, readable only by the owner (like the installation key), so a restart keeps everyone signed in.
/// </summary>
internal static class DashboardKeyDirectory
{
    public const string Name = "dashboard-keys";

    /// <summary>The directory for <paramref name="options"/>, created owner-only when it does not exist.</summary>
    /// <exception cref="InvalidOperationException">The directory cannot be created.</exception>
    public static DirectoryInfo Create(PrivacyProxyOptions options)
    {
        string path = Path.Combine(Path.GetFullPath(options.DataDirectory), Name);
        try
        {
            return OperatingSystem.IsWindows()
                ? Directory.CreateDirectory(path)
                : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The dashboard key directory '{path}' cannot be created ({e.Message}); set PrivacyProxy:DataDirectory.", e);
        }
    }
}
