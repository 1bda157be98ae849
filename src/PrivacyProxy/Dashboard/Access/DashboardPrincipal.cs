using System.Security.Claims;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>The signed-in identity: the configured user's name, nothing else.</summary>
internal static class DashboardPrincipal
{
    public static ClaimsPrincipal Create(string user, string authenticationType) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], authenticationType, ClaimTypes.Name, ClaimTypes.Role));
}
