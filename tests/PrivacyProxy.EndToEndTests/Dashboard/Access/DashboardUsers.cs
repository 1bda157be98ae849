using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>Configuration for dashboard users in tests: names with fresh <see cref="PasswordHasher"/> hashes.</summary>
internal static class DashboardUsers
{
    public const string Auditor = "auditor";

    public const string AuditorPassword = "correct horse battery staple";

    /// <summary>Settings for <paramref name="users"/> and a failed-login delay of <paramref name="delay"/>.</summary>
    public static Dictionary<string, string?> Settings(TimeSpan delay, params (string Name, string Password)[] users)
    {
        var settings = new Dictionary<string, string?>
        {
            ["PrivacyProxy:Dashboard:FailedLoginDelay"] = delay.ToString("c"),
        };
        for (int i = 0; i < users.Length; i++)
        {
            settings[$"PrivacyProxy:Dashboard:Users:{i}:Name"] = users[i].Name;
            settings[$"PrivacyProxy:Dashboard:Users:{i}:PasswordHash"] = PasswordHasher.Hash(users[i].Password);
        }

        return settings;
    }
}
