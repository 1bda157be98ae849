using System.Security.Cryptography;

namespace PrivacyProxy.Audit.Tests;

public sealed class FingerprinterTests
{
    private readonly Fingerprinter _fingerprinter = TestKeys.NewFingerprinter(out _);

    [Theory]
    [InlineData("FINANCIAL", "CREDIT_CARD", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111")]
    [InlineData("GOV_ID", "US_SSN", "912-34-5678", "912 34 5678", "912345678")]
    [InlineData("FINANCIAL", "IBAN", "GB82 WEST 1234 5698 7654 32", "gb82west12345698765432", "GB82WEST12345698765432")]
    [InlineData("GOV_ID", "UK_NINO", "QQ 12 34 56 C", "qq123456c", "QQ123456C")]
    [InlineData("FINANCIAL", "BANK_ACCOUNT", "12-3456-7890", "1234567890", "１２３４５６７８９０")]
    [InlineData("CONTACT", "EMAIL", " Planted.Person@Example.COM", "planted.person@example.com", "PLANTED.PERSON@EXAMPLE.COM ")]
    [InlineData("SECRET", "API_KEY", "  sk-FakeKey0123  ", "sk-fakekey0123", "ｓｋ-ＦａｋｅＫｅｙ0123")]
    [InlineData("PERSONAL", "PERSON", "Jane Q. Example", "JANE Q. EXAMPLE", "jane q. example")]
    [InlineData("PERSONAL", "ADDRESS", "1 Fifth Street", "1\u00A0ﬁfth street", "1\u3000FIFTH\u2002STREET")]
    [InlineData("HEALTH", "NHS_NUMBER", "943 476 5919", "9434765919", "⁹⁴³-⁴⁷⁶-⁵⁹¹⁹")]
    public void Fingerprint_SpellingsOfOneValue_AreEqual(string category, string type, string a, string b, string c)
    {
        var hashes = new[] { a, b, c }.Select(v => Print(v, category, type).Hash).Distinct().ToList();

        hashes.Should().ContainSingle("every spelling normalises to the same value");
    }

    [Theory]
    [InlineData("GOV_ID", "UK_NINO", "QQ 12 34 56 C", "QQ 12 34 56 D")]
    [InlineData("FINANCIAL", "CREDIT_CARD", "4111 1111 1111 1111", "4111 1111 1111 1112")]
    [InlineData("SECRET", "API_KEY", "sk-fake-a", "sk-fake-b")]
    [InlineData("SECRET", "API_KEY", "sk-fake 1", "sk-fake1")]
    public void Fingerprint_DifferentValues_Differ(string category, string type, string a, string b) =>
        Print(a, category, type).Hash.Should().NotBe(Print(b, category, type).Hash);

    [Fact]
    public void Fingerprint_RandomValues_NeverHoldTheValueAndHaveTheFixedShape()
    {
        var random = new Random(4242);
        var types = new[] { ("FINANCIAL", "CREDIT_CARD"), ("CONTACT", "EMAIL"), ("SECRET", "API_KEY"), ("GOV_ID", "PASSPORT") };
        for (var i = 0; i < 1000; i++)
        {
            var value = RandomValue(random);
            var (category, type) = types[i % types.Length];

            var print = Print(value, category, type);

            print.Hash.Should().MatchRegex("^[0-9a-f]{32}$", $"case {i}");
            var normalized = FingerprintNormalizer.Normalize(value, FingerprintNormalizer.For(category, type));
            // Short forms (a lone "A") occur in any hex string by chance; from 8 characters on, a hit means a leak.
            (normalized.Length >= 8
                ? print.Hash.Contains(normalized, StringComparison.OrdinalIgnoreCase)
                : print.Hash.Equals(normalized, StringComparison.OrdinalIgnoreCase)).Should().BeFalse($"case {i} must not hold its value");
            print.Hash.Should().Be(Print(value, category, type).Hash, $"case {i} is stable");
        }
    }

    [Fact]
    public void Fingerprint_SameKeyInTwoInstances_IsStable()
    {
        var installation = RandomNumberGenerator.GetBytes(32);
        var first = new Fingerprinter(new FingerprintKeyRing(FingerprintKey.DeriveFromInstallationKey(installation)));
        var second = new Fingerprinter(new FingerprintKeyRing(FingerprintKey.DeriveFromInstallationKey(installation)));

        second.Fingerprint("4111111111111111", AuditName.From("FINANCIAL"), AuditName.From("CREDIT_CARD"))
            .Should().Be(first.Fingerprint("4111 1111 1111 1111", AuditName.From("FINANCIAL"), AuditName.From("CREDIT_CARD")));
    }

    [Fact]
    public void Fingerprint_DifferentKeys_DifferInHashAndKeyId()
    {
        var other = TestKeys.NewFingerprinter(out _);

        var a = Print("4111111111111111", "FINANCIAL", "CREDIT_CARD");
        var b = other.Fingerprint("4111111111111111", AuditName.From("FINANCIAL"), AuditName.From("CREDIT_CARD"));

        a.Hash.Should().NotBe(b.Hash);
        a.KeyId.Should().NotBe(b.KeyId);
    }

    [Fact]
    public void DeriveFromInstallationKey_UsesItsOwnLabel_NotTheInstallationKeyItself()
    {
        var installation = RandomNumberGenerator.GetBytes(32);

        var derived = FingerprintKey.DeriveFromInstallationKey(installation);
        var raw = FingerprintKey.FromBase64(Convert.ToBase64String(installation), "PrivacyProxy:Audit:FingerprintKey");

        derived.Id.Should().NotBe(raw.Id);
        derived.Id.Should().MatchRegex("^[0-9a-f]{12}$");
        derived.ToString().Should().NotContain(Convert.ToBase64String(installation));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQ=")]
    public void FromBase64_BadKey_FailsNamingTheKeyNotTheValue(string text)
    {
        var act = () => FingerprintKey.FromBase64(text, "PrivacyProxy:Audit:FingerprintKey");

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("PrivacyProxy:Audit:FingerprintKey").And.NotContain(text);
    }

    [Fact]
    public void ForSearch_AfterRotation_SearchesEveryKeyAndFindsTheStoredSpelling()
    {
        var oldKey = TestKeys.NewKey();
        var newKey = TestKeys.NewKey();
        var stored = new Fingerprinter(new FingerprintKeyRing(oldKey)).Fingerprint("GB82 WEST 1234 5698 7654 32", AuditName.From("FINANCIAL"), AuditName.From("IBAN"));

        var rotated = new Fingerprinter(new FingerprintKeyRing(newKey, [oldKey, newKey])).ForSearch("gb82west12345698765432");
        var newOnly = new Fingerprinter(new FingerprintKeyRing(newKey)).ForSearch("gb82west12345698765432");

        rotated.Hashes.Should().Contain(stored.Hash);
        newOnly.Hashes.Should().NotContain(stored.Hash);
        rotated.Fingerprint.Should().Be(new Fingerprinter(new FingerprintKeyRing(newKey)).Fingerprint("GB82WEST12345698765432", AuditName.From("FINANCIAL"), AuditName.From("IBAN")).Hash);
    }

    [Theory]
    [InlineData("CONTACT", "EMAIL", "Planted.Person@Example.com", "planted.person@example.com")]
    [InlineData("SECRET", "API_KEY", "sk-FakeKey0123", "sk-fakekey0123")]
    [InlineData("GOV_ID", "US_SSN", "912-34-5678", "912345678")]
    [InlineData("PERSONAL", "PERSON", "Jane Example", " jane example ")]
    public void ForSearch_TypedWithoutItsType_FindsTheStoredFingerprint(string category, string type, string found, string typed)
    {
        var stored = Print(found, category, type);

        _fingerprinter.ForSearch(typed).Hashes.Should().Contain(stored.Hash);
    }

    [Fact]
    public void KeyRing_DuplicateKeys_AreKeptOnce()
    {
        var key = TestKeys.NewKey();
        var other = TestKeys.NewKey();

        new FingerprintKeyRing(key, [other, key, other]).All.Select(k => k.Id).Should().Equal(key.Id, other.Id);
    }

    private ValueFingerprint Print(string value, string category, string type) =>
        _fingerprinter.Fingerprint(value, AuditName.From(category), AuditName.From(type));

    private static string RandomValue(Random random)
    {
        const string Alphabet = "0123456789abcdefABCDEF -@.xyzÅé";
        var chars = new char[random.Next(8, 40)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
