using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

public sealed class Bech32Tests
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    // BIP-173 and BIP-350 test vectors.
    [Theory]
    [InlineData("A12UEL5L")]
    [InlineData("a12uel5l")]
    [InlineData("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")]
    [InlineData("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w")]
    [InlineData("A1LQFN3A")]
    [InlineData("abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx")]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")]
    public void IsValid_Bip173AndBip350Vectors_ReturnsTrue(string value) =>
        Bech32.IsValid(value).Should().BeTrue();

    [Theory]
    [InlineData("A1G7SGD8")]  // checksum computed over the upper-case HRP
    [InlineData("10a06t8")]   // empty HRP
    [InlineData("1qzzfhee")]
    [InlineData("x1b4n0q5v")] // b is not a data character
    [InlineData("li1dgmt3")]  // checksum too short
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")]
    [InlineData("bC1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")] // mixed case
    public void IsValid_InvalidVectors_ReturnsFalse(string value) =>
        Bech32.IsValid(value).Should().BeFalse();

    [Theory]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx")]
    public void IsValid_EverySingleCharacterSubstitution_ReturnsFalse(string valid)
    {
        var separator = valid.LastIndexOf('1');
        var undetected = 0;
        for (var i = separator + 1; i < valid.Length; i++)
        {
            foreach (var c in Charset.Where(c => c != valid[i]))
            {
                undetected += Bech32.IsValid(string.Concat(valid.AsSpan(0, i), [c], valid.AsSpan(i + 1))) ? 1 : 0;
            }
        }

        undetected.Should().Be(0, "the BCH code detects every single substitution");
    }
}
