using System.Security.Cryptography;

namespace PrivacyProxy.Audit.Tests;

/// <summary>Fingerprint keys made for a test: random, never a real installation's.</summary>
internal static class TestKeys
{
    public static FingerprintKey NewKey() => FingerprintKey.DeriveFromInstallationKey(RandomNumberGenerator.GetBytes(32));

    public static Fingerprinter NewFingerprinter(out FingerprintKey key)
    {
        key = NewKey();
        return new Fingerprinter(new FingerprintKeyRing(key));
    }
}
