using System.Text;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class EthAddressTests
{
    // EIP-55 test vectors.
    [Theory]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]
    public void IsValid_Eip55VectorsAndSingleCaseAddresses_ReturnsTrue(string value) =>
        EthAddress.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")] // one letter's case flipped
    [InlineData("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0x0000000000000000000000000000000000000000")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae")]
    [InlineData("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg")]
    [InlineData("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00")]
    public void IsValid_InvalidAddresses_ReturnsFalse(string value) =>
        EthAddress.IsValid(value).Should().BeFalse();

    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Keccak256_KnownVectors_MatchesReference(string input, string expected)
    {
        var hash = new byte[32];
        Keccak256.Hash(Encoding.ASCII.GetBytes(input), hash);
        Convert.ToHexStringLower(hash).Should().Be(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(300)]
    public void Keccak256_WithSha3Padding_MatchesPlatformSha3(int length)
    {
        System.Security.Cryptography.SHA3_256.IsSupported.Should().BeTrue("OpenSSL provides SHA3 on the build machines");
        var input = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
        var hash = new byte[32];
        Keccak256.Hash(input, hash, 0x06);
        hash.Should().Equal(System.Security.Cryptography.SHA3_256.HashData(input));
    }
}
