namespace PrivacyProxy.Hosting;

/// <summary>Upstream credentials (<c>PrivacyProxy:Upstream</c>); the key may instead come from <c>DEEPSEEK_API_KEY</c>.</summary>
internal sealed class UpstreamOptions
{
    /// <summary>The environment variable (and configuration key) read when <see cref="ApiKey"/> is empty.</summary>
    public const string ApiKeyVariable = "DEEPSEEK_API_KEY";

    /// <summary>The proxy's own upstream key; when empty, <see cref="ApiKeyVariable"/> is used.</summary>
    public string? ApiKey { get; set; }
}
