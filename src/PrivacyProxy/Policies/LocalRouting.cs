using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Policies;

/// <summary>
/// How a request is moved to the company's own model server: the path it serves for the request's protocol, and
/// the local name of the model asked for.
/// </summary>
internal sealed class LocalRouting(IOptions<PrivacyProxyOptions> options)
{
    /// <summary>The cluster of the company's own model server.</summary>
    public const string Cluster = "local";

    /// <summary>The local path for <paramref name="protocolName"/>; null when the local server cannot take it.</summary>
    public string? PathFor(string protocolName) =>
        options.Value.Local.Paths.TryGetValue(protocolName, out var path) && !string.IsNullOrWhiteSpace(path) ? path.Trim() : null;

    /// <summary>The local model for <paramref name="hostedModel"/>: its own entry, else the default entry, else null (unchanged).</summary>
    public string? ModelFor(string hostedModel)
    {
        var models = options.Value.LocalModels;
        return models.TryGetValue(hostedModel, out var local) && !string.IsNullOrWhiteSpace(local) ? local.Trim()
            : models.TryGetValue(LocalUpstreamOptions.DefaultModelKey, out var fallback) && !string.IsNullOrWhiteSpace(fallback) ? fallback.Trim()
            : null;
    }

    /// <summary>The bearer key for the local server, if it wants one.</summary>
    public string? ApiKey => string.IsNullOrWhiteSpace(options.Value.Local.ApiKey) ? null : options.Value.Local.ApiKey.Trim();
}
