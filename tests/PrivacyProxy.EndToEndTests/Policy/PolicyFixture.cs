using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// A proxy with policies, its hosted cluster on the fake upstream and its <c>local</c> cluster on a separate
/// <see cref="LocalModelServer"/>, so a test sees which of the two a request reached (or that neither did).
/// </summary>
public abstract class PolicyFixture : ProxyFixture, IAsyncLifetime
{
    internal LocalModelServer Local { get; private set; } = null!;

    /// <summary>The policy configuration of this proxy, on top of the base settings.</summary>
    internal abstract IReadOnlyDictionary<string, string?> PolicySettings { get; }

    internal override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(base.Settings)
            {
                ["ReverseProxy:Clusters:local:Destinations:primary:Address"] = Local.BaseUri.ToString(),
            };
            foreach (var (key, value) in PolicySettings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    // The local server must be listening before the proxy's configuration (which names its address) is read.
    public new async Task InitializeAsync()
    {
        Local = await LocalModelServer.StartAsync();
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Local.DisposeAsync();
    }

    /// <summary>Forgets what both upstreams received.</summary>
    internal void ClearUpstreams()
    {
        Upstream.Clear();
        Local.Clear();
    }

    /// <summary>POSTs a JSON body as the caller with <paramref name="key"/> (none when null).</summary>
    internal async Task<HttpResponseMessage> PostAsync(string path, string body, string? key)
    {
        using var client = Http(key);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        return await client.PostAsync(path, content);
    }
}
