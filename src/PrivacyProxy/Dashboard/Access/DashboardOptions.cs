namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Who may sign in to the dashboard and how failed sign-ins are slowed down (configuration section
/// <c>PrivacyProxy:Dashboard</c>), bound and validated at start. There is no default user: with no users, nobody signs in.
/// </summary>
internal sealed class DashboardOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "PrivacyProxy:Dashboard";

    /// <summary>The dashboard users, each a name and a hash made by <c>PrivacyProxy hash-password</c>.</summary>
    public List<DashboardUser> Users { get; set; } = [];

    /// <summary>How long every failed sign-in (form or HTTP Basic) waits before it is answered.</summary>
    public TimeSpan FailedLoginDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failures of one user name from one client address within <see cref="LockoutWindow"/> that lock the pair.</summary>
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>The period in which failures are counted towards <see cref="LockoutThreshold"/>.</summary>
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a locked pair is refused, even with the right password.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in cookie lives without use (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>One dashboard user: <c>PrivacyProxy:Dashboard:Users:N:Name</c> and <c>:PasswordHash</c>.</summary>
internal sealed class DashboardUser
{
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}
