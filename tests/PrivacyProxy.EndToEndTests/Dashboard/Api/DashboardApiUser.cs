using System.Net.Http.Headers;
using System.Text;
using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>
/// The dashboard user the API tests sign in as, over HTTP Basic: configured in <c>PrivacyProxy:Dashboard:Users:0</c>
/// with a hash from <see cref="PasswordHasher"/>, as an operator would with <c>hash-password</c>.
/// </summary>
internal static class DashboardApiUser
{
    public const string Name = "auditor";
    public const string Password = "correct horse battery staple";

    // PBKDF2 at 600,000 iterations is slow on purpose: hash once for every proxy the tests start.
    private static readonly Lazy<string> PasswordHash = new(static () => PasswordHasher.Hash(Password));

    /// <summary>The user's configuration, and short failed-login delays and audit flushes so tests stay quick.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["PrivacyProxy:Dashboard:Users:0:Name"] = Name,
        ["PrivacyProxy:Dashboard:Users:0:PasswordHash"] = PasswordHash.Value,
        ["PrivacyProxy:Dashboard:FailedLoginDelay"] = "00:00:00.050",
        ["PrivacyProxy:Audit:FlushInterval"] = "00:00:00.010",
    };

    /// <summary>A client of <paramref name="baseUri"/> that authenticates every request as the user.</summary>
    public static HttpClient Client(Uri baseUri)
    {
        var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Name}:{Password}")));
        return client;
    }
}
