using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.Dashboard;

/// <summary>Registers the dashboard: its users and sign-in, and the search over the audit store.</summary>
internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDashboardAccess(configuration);
        services.AddSingleton<ValueSearch>();
        return services;
    }
}
