using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using PrivacyProxy.EndToEndTests.Hosting;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// The built program as a separate process in egress mode: an HTTPS Kestrel endpoint (standard
/// <c>Kestrel:Endpoints</c> configuration, PEM certificate for <see cref="DeepSeekHost"/> from a <see cref="TestAuthority"/>)
/// and a plain loopback endpoint, both clusters pointed at a <see cref="FakeUpstream"/>, the company's upstream key set.
/// One process per test class; tests in a class run one at a time, so each may clear the upstream's record.
/// </summary>
public sealed partial class EgressFixture : IAsyncLifetime
{
    public const string DeepSeekHost = "api.deepseek.com";
    public const string CompanyKey = "sk-egress-company-000000000000000001";
    public const string ToolKey = "sk-egress-tool-own-00000000000000002";

    private Process _process = null!;
    private string _workingDirectory = null!;
    private Task<string> _errors = null!;

    internal FakeUpstream Upstream { get; private set; } = null!;

    internal TestAuthority Authority { get; private set; } = null!;

    /// <summary>The HTTPS endpoint's port on 127.0.0.1.</summary>
    public int HttpsPort { get; private set; }

    /// <summary>The plain endpoint (http://127.0.0.1:port/), for requests that set their own Host.</summary>
    public Uri PlainUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Upstream = await FakeUpstream.StartAsync();
        Authority = TestAuthority.Create(DeepSeekHost);
        _workingDirectory = Directory.CreateTempSubdirectory("privacyproxy-egress-").FullName;
        _process = ServeProcess.Start(_workingDirectory, [], new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__egress__Url"] = "https://127.0.0.1:0",
            ["Kestrel__Endpoints__egress__Certificate__Path"] = Authority.CertificatePath,
            ["Kestrel__Endpoints__egress__Certificate__KeyPath"] = Authority.KeyPath,
            ["Kestrel__Endpoints__plain__Url"] = "http://127.0.0.1:0",
            ["ReverseProxy__Clusters__hosted__Destinations__primary__Address"] = Upstream.BaseUri.ToString(),
            ["ReverseProxy__Clusters__local__Destinations__primary__Address"] = Upstream.BaseUri.ToString(),
            // With the hosted cluster pointed at the fake, DeepSeek's name is served because it is configured.
            ["PrivacyProxy__Egress__Hosts__0"] = DeepSeekHost,
            ["DEEPSEEK_API_KEY"] = CompanyKey,
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        _errors = _process.StandardError.ReadToEndAsync();
        await WaitForListeningAsync();
    }

    public async Task DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        await Upstream.DisposeAsync();
        Authority.Dispose();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    /// <summary>
    /// A client that resolves <see cref="DeepSeekHost"/> (and nothing else) to 127.0.0.1 and trusts only the test CA,
    /// with the usual name check: as a tool on a network whose DNS points DeepSeek's name at the proxy.
    /// </summary>
    internal HttpClient TlsClient(X509Certificate2? trustedRoot = null)
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.Add(trustedRoot ?? Authority.Root);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectToProxyAsync,
            SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = policy },
        };
        var client = new HttpClient(handler)
        {
            BaseAddress = new Uri($"https://{DeepSeekHost}:{HttpsPort}/"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ToolKey);
        return client;
    }

    /// <summary>A client for the plain endpoint; requests set their own <c>Host</c>.</summary>
    internal HttpClient PlainClient() => new() { BaseAddress = PlainUri, Timeout = TimeSpan.FromSeconds(60) };

    private static async ValueTask<Stream> ConnectToProxyAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        if (!context.DnsEndPoint.Host.Equals(DeepSeekHost, StringComparison.OrdinalIgnoreCase))
        {
            throw new HttpRequestException("The test resolver knows only " + DeepSeekHost + ".");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancel);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task WaitForListeningAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = new StringBuilder();
        while ((HttpsPort == 0 || PlainUri is null) && await _process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            output.AppendLine(line);
            var match = ListeningLine().Match(line);
            if (match.Success && match.Groups["scheme"].Value == "https")
            {
                HttpsPort = int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (match.Success)
            {
                PlainUri = new Uri($"http://127.0.0.1:{match.Groups["port"].Value}/");
            }
        }

        if (HttpsPort == 0 || PlainUri is null)
        {
            throw new InvalidOperationException("The proxy exited before listening:\n" + output + await _errors);
        }

        // Keep reading so the proxy never blocks on a full pipe.
        _ = _process.StandardOutput.ReadToEndAsync();
    }

    [GeneratedRegex(@"Now listening on: (?<scheme>https?)://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
