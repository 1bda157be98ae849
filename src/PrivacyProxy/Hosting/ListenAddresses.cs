using System.Net;

namespace PrivacyProxy.Hosting;

/// <summary>
/// Works out, from configuration alone, where Kestrel will listen (<c>urls</c>, <c>http_ports</c>/<c>https_ports</c>,
/// <c>Kestrel:Endpoints</c>), so start-up validation can refuse to listen beyond loopback without client keys.
/// </summary>
internal static class ListenAddresses
{
    // ASP.NET Core's address when nothing is configured.
    private const string DefaultUrl = "http://localhost:5000";

    /// <summary>The URLs Kestrel will bind, as configured.</summary>
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var urls = new List<string>();
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                urls.Add(url);
            }
        }

        if (configuration["urls"] is { Length: > 0 } configured)
        {
            urls.AddRange(configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        else if (HasPorts(configuration, "http_ports") || HasPorts(configuration, "https_ports"))
        {
            // Port-only settings bind every interface.
            urls.Add("http://*:0");
        }
        else if (urls.Count == 0)
        {
            urls.Add(DefaultUrl);
        }

        return urls;
    }

    /// <summary>True when every configured address is a loopback one.</summary>
    public static bool AllLoopback(IConfiguration configuration)
    {
        foreach (var url in From(configuration))
        {
            if (!IsLoopback(url))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for <c>localhost</c>, 127.0.0.0/8 and ::1; false for wildcards, other hosts and bad URLs.</summary>
    public static bool IsLoopback(string url)
    {
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? url : url[(scheme + 3)..];
        int slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        string host = authority.StartsWith('[')
            ? authority[..(authority.IndexOf(']') + 1)]
            : authority.Split(':')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    private static bool HasPorts(IConfiguration configuration, string key) =>
        !string.IsNullOrWhiteSpace(configuration[key]);
}
