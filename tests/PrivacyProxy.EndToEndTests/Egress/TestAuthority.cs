using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PrivacyProxy.EndToEndTests.Egress;

/// <summary>
/// A certificate authority made at test time and a server certificate it signed for one DNS name (as a company's
/// own CA and the certificate it issues for <c>api.deepseek.com</c>), written as PEM files to a temp folder that
/// <see cref="Dispose"/> deletes. Nothing is committed and nothing goes to a system trust store.
/// </summary>
internal sealed class TestAuthority : IDisposable
{
    private TestAuthority(string directory, X509Certificate2 root)
    {
        Directory = directory;
        Root = root;
    }

    /// <summary>The folder holding <see cref="RootPath"/>, <see cref="CertificatePath"/> and <see cref="KeyPath"/>.</summary>
    public string Directory { get; }

    /// <summary>The CA certificate (public part only): the one root a test client trusts.</summary>
    public X509Certificate2 Root { get; }

    public string RootPath => Path.Combine(Directory, "ca.pem");

    public string CertificatePath => Path.Combine(Directory, "server.pem");

    public string KeyPath => Path.Combine(Directory, "server.key");

    /// <summary>Makes a CA and a server certificate for <paramref name="dnsName"/> (SAN, server authentication).</summary>
    public static TestAuthority Create(string dnsName)
    {
        string directory = System.IO.Directory.CreateTempSubdirectory("privacyproxy-tls-").FullName;
        var now = DateTimeOffset.UtcNow;

        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=PrivacyProxy Test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now.AddHours(-1), now.AddDays(2));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest($"CN={dnsName}", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        serverRequest.CertificateExtensions.Add(names.Build(critical: false));
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        serverRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(serverRequest.PublicKey, false));
        byte[] serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f; // a positive serial number (RFC 5280 section 4.1.2.2)
        using var server = serverRequest.Create(ca, now.AddHours(-1), now.AddDays(1), serial);

        File.WriteAllText(Path.Combine(directory, "ca.pem"), ca.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.pem"), server.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "server.key"), serverKey.ExportPkcs8PrivateKeyPem());
        return new TestAuthority(directory, X509CertificateLoader.LoadCertificate(ca.RawData));
    }

    public void Dispose()
    {
        Root.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
