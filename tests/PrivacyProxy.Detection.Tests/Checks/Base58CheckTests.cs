using System.Numerics;
using System.Security.Cryptography;
using CsCheck;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class Base58CheckTests
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    [Theory]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")] // the genesis block address
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ")]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")]
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    [InlineData("mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn")]
    public void IsValid_BitcoinAddresses_ReturnsTrue(string value) =>
        Base58Check.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2")]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a")] // 0 is not base58
    [InlineData("8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189")]
    [InlineData("11111")]
    [InlineData("")]
    public void IsValid_NotBase58Check_ReturnsFalse(string value) =>
        Base58Check.IsValid(value).Should().BeFalse();

    [Fact]
    public void IsValid_GeneratedPayloads_AcceptsEncodingAndRejectsAnyChangedCharacter() =>
        Gen.Select(Gen.Byte.Array[21], Gen.Int[0, 1000], Gen.Int[0, 56]).Sample(
            t =>
            {
                var encoded = Encode(t.Item1);
                Base58Check.IsValid(encoded).Should().BeTrue("a fresh encoding carries its checksum");
                var position = t.Item2 % encoded.Length;
                var replacement = Alphabet[(Alphabet.IndexOf(encoded[position]) + 1 + t.Item3) % Alphabet.Length];
                var changed = string.Concat(encoded.AsSpan(0, position), [replacement], encoded.AsSpan(position + 1));
                Base58Check.IsValid(changed).Should().BeFalse("a changed character breaks the checksum");
            },
            iter: 300,
            print: _ => "(generated value hidden)");

    /// <summary>Independent Base58Check encoder over BigInteger.</summary>
    private static string Encode(byte[] payload)
    {
        var checksum = SHA256.HashData(SHA256.HashData(payload));
        var data = payload.Concat(checksum.Take(4)).ToArray();
        var number = new BigInteger(data, isUnsigned: true, isBigEndian: true);
        var chars = new List<char>();
        while (number > 0)
        {
            chars.Add(Alphabet[(int)(number % 58)]);
            number /= 58;
        }

        chars.AddRange(data.TakeWhile(b => b == 0).Select(_ => '1'));
        chars.Reverse();
        return new string(chars.ToArray());
    }
}
