using PrivacyProxy.EndToEndTests.Auditing;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>
/// One proxy with the dashboard user <see cref="DashboardUsers.Auditor"/>, a failed-login delay long enough to
/// measure and a lock-out threshold no test in the class reaches.
/// </summary>
public sealed class DashboardAccessFixture : IAsyncLifetime
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(800);

    internal AuditedProxy Proxy { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = DashboardUsers.Settings(Delay, (DashboardUsers.Auditor, DashboardUsers.AuditorPassword));
        settings["PrivacyProxy:Dashboard:LockoutThreshold"] = "1000";
        Proxy = await AuditedProxy.StartAsync(settings);
    }

    public async Task DisposeAsync() => await Proxy.DisposeAsync();
}
