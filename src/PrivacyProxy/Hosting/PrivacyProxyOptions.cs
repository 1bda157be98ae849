using PrivacyProxy.Policy;
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

    /// <summary>The rule pack folder as an absolute path.</summary>
    public string ResolvedRulesDirectory => string.IsNullOrWhiteSpace(RulesDirectory)
        ? Detection.Detector.DefaultRulesDirectory
        : Path.GetFullPath(RulesDirectory);

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

    /// <summary><c>PrivacyProxy:Policies:&lt;name&gt;</c>: actions per category or type, media handling, dictionaries.</summary>
    public Dictionary<string, PolicyDefinition> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>PrivacyProxy:Teams:&lt;team&gt;</c>: each team's policy and shadow policy.</summary>
    public Dictionary<string, TeamDefinition> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The policy of callers without a team, or whose team has no entry.</summary>
    public string DefaultPolicy { get; set; } = PolicySetCompiler.ImplicitDefault;

    /// <summary><c>PrivacyProxy:Networks:N</c>: callers identified by source network (egress mode).</summary>
    public List<NetworkDefinition> Networks { get; set; } = [];

    /// <summary><c>PrivacyProxy:LocalModels:&lt;hosted model&gt;</c>: the local model a routed-local request asks for.</summary>
    public Dictionary<string, string> LocalModels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The company's own model server (the <c>local</c> cluster): which paths it serves.</summary>
    public LocalUpstreamOptions Local { get; set; } = new();

    /// <summary>The policy part of these options, for <see cref="PolicySetCompiler"/>.</summary>
    public PolicySetDefinition PolicyDefinition() => new()
    {
        Policies = Policies,
        Teams = Teams,
        DefaultPolicy = DefaultPolicy,
        Networks = Networks,
        LegacyMedia = AllowUnscannedMedia ? Policy.MediaHandling.Forward : null,
    };
}
