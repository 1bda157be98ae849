using Microsoft.Extensions.Options;
using PrivacyProxy.Audit;
using PrivacyProxy.Hosting;
using PrivacyProxy.Security;

namespace PrivacyProxy.Auditing;

/// <summary>Builds the audit library's pieces from the options: the store and the fingerprint key ring.</summary>
internal static class AuditComponents
{
    /// <summary>The configured store: SQLite under the data directory, or PostgreSQL on <c>ConnectionStrings:Audit</c>.</summary>
    public static IAuditStore CreateStore(IServiceProvider services)
    {
        var audit = services.GetRequiredService<IOptions<AuditOptions>>().Value;
        if (audit.UsesPostgres)
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            return new PostgresAuditStore(configuration.GetConnectionString(AuditOptions.ConnectionStringName) ?? "");
        }

        var proxy = services.GetRequiredService<IOptions<PrivacyProxyOptions>>().Value;
        return new SqliteAuditStore(SqlitePath(proxy));
    }

    /// <summary>Where the SQLite store lives: <c>audit.db</c> in <c>PrivacyProxy:DataDirectory</c>.</summary>
    public static string SqlitePath(PrivacyProxyOptions proxy) =>
        Path.Combine(Path.GetFullPath(proxy.DataDirectory), AuditOptions.SqliteFileName);

    /// <summary>
    /// The configured key, or the one derived from the installation key, as current; the configured earlier keys and
    /// (once a key is configured) the derived one as previous, so events written before a rotation stay searchable.
    /// </summary>
    public static FingerprintKeyRing CreateKeyRing(IServiceProvider services)
    {
        var audit = services.GetRequiredService<IOptions<AuditOptions>>().Value;
        var derived = FingerprintKey.DeriveFromInstallationKey(LoadInstallationKey(services.GetRequiredService<IOptions<PrivacyProxyOptions>>().Value));
        var previous = new List<FingerprintKey>();
        for (int i = 0; i < audit.PreviousFingerprintKeys.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(audit.PreviousFingerprintKeys[i]))
            {
                previous.Add(FingerprintKey.FromBase64(audit.PreviousFingerprintKeys[i], $"{AuditOptions.SectionName}:PreviousFingerprintKeys:{i}"));
            }
        }

        if (string.IsNullOrWhiteSpace(audit.FingerprintKey))
        {
            return new FingerprintKeyRing(derived, previous);
        }

        previous.Add(derived);
        return new FingerprintKeyRing(FingerprintKey.FromBase64(audit.FingerprintKey, $"{AuditOptions.SectionName}:FingerprintKey"), previous);
    }

    // The same file as the user id hash, which usually created it a moment earlier; LoadOrCreate tolerates either order.
    private static byte[] LoadInstallationKey(PrivacyProxyOptions options) => InstallationKey.LoadOrCreate(options, out _, out _);
}
