using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PrivacyProxy.Dashboard.Access;

namespace PrivacyProxy.EndToEndTests.Dashboard.Access;

/// <summary>The dashboard's password hashes: format, round trip, and that nothing but the exact password verifies.</summary>
public sealed class PasswordHasherTests
{
    [Fact]
    public void Hash_HasTheDocumentedFormatAndAFreshSalt()
    {
        string first = PasswordHasher.Hash("a password");
        string second = PasswordHasher.Hash("a password");

        string[] parts = first.Split('$');
        parts.Should().HaveCount(4);
        parts[0].Should().Be("pbkdf2-sha256");
        parts[1].Should().Be("600000");
        Convert.FromBase64String(parts[2]).Should().HaveCount(16);
        Convert.FromBase64String(parts[3]).Should().HaveCount(32);
        second.Should().NotBe(first, "every hash has its own salt");
        first.Should().NotContain("a password");
    }

    [Fact]
    public void Verify_RandomPasswords_RoundTripAndOneCharacterChangesDoNot()
    {
        var random = new Random(9_2026);
        const string alphabet = "abcXYZ019 !$:%\\\"'\u00e9\u00df\u4e2d\u0416\U0001F600\u200d\t";
        var elements = StringInfo.GetTextElementEnumerator(alphabet);
        var pieces = new List<string>();
        while (elements.MoveNext())
        {
            pieces.Add(elements.GetTextElement());
        }

        for (int round = 0; round < 5; round++)
        {
            string password = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Count)]));
            string hash = PasswordHasher.Hash(password);

            PasswordHasher.Verify(password, hash).Should().BeTrue("round {0} must verify", round);
            int at = random.Next(password.Length);
            char changed = password[at] == 'q' ? 'r' : 'q';
            string altered = password[..at] + changed + password[(at + 1)..];
            PasswordHasher.Verify(altered, hash).Should().BeFalse("round {0}: a one-character change must not verify", round);
            PasswordHasher.Verify(password + "x", hash).Should().BeFalse("round {0}: an extra character must not verify", round);
            PasswordHasher.Verify(password[..^1], hash).Should().BeFalse("round {0}: a missing character must not verify", round);
        }
    }

    [Fact]
    public void Verify_ReadsTheIterationCountFromTheHash()
    {
        // A hash made elsewhere with fewer (but allowed) iterations, as an older or tuned installation would have.
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        byte[] hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes("older password"), salt, 150_000, HashAlgorithmName.SHA256, 32);
        string encoded = $"pbkdf2-sha256$150000${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";

        PasswordHasher.Verify("older password", encoded).Should().BeTrue();
        PasswordHasher.Verify("older passworD", encoded).Should().BeFalse();
        PasswordHasher.Verify("older password", encoded.Replace("$150000$", "$150001$", StringComparison.Ordinal)).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("pbkdf2-sha256$600000$c2FsdA==")]
    [InlineData("pbkdf2-sha1$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$99999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$-600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$600000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$600000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    public void Verify_MalformedHash_IsFalse(string encoded)
    {
        PasswordHasher.Verify("anything", encoded).Should().BeFalse();
    }
}
