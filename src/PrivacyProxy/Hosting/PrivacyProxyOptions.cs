using PrivacyProxy.Protocols;

namespace PrivacyProxy.Hosting;

/// <summary>The proxy's own settings (configuration section <c>PrivacyProxy</c>), bound and validated at start.</summary>
internal sealed class PrivacyProxyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "PrivacyProxy";

    /// <summary>Largest request body accepted, before and after decompression (default 32 MiB).</summary>
    public int MaxRequestBodyBytes { get; set; } = RequestBodyDecoder.DefaultMaxBytes;

    /// <summary>Rule pack folder; empty means the <c>rules</c> folder next to the program.</summary>
    public string? RulesDirectory { get; set; }

    /// <summary>Where the proxy keeps its data (installation key), relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The per-installation HMAC key file; empty means <c>installation.key</c> in <see cref="DataDirectory"/>.</summary>
    public string? InstallationKeyPath { get; set; }

    /// <summary>Keys callers must present. Empty: any caller is accepted (loopback listening only).</summary>
    public List<ClientKeyOptions> ClientKeys { get; set; } = [];

    /// <summary>
    /// Forward content the scanner cannot read (inline images, audio, file data, token-id inputs) unscanned instead
    /// of refusing the request with 415. Default false: nothing unscanned leaves.
    /// </summary>
    public bool AllowUnscannedMedia { get; set; }

    /// <summary>How the proxy authenticates to the upstream.</summary>
    public UpstreamOptions Upstream { get; set; } = new();
}
