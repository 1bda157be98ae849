using System.Text;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Tests.Json;

public sealed class OpaqueBlobTests
{
    [Fact]
    public void IsPlausible_RandomBytesInEitherAlphabet_True()
    {
        var random = new Random(5);
        for (int length = 6; length < 400; length += 7)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            string standard = Convert.ToBase64String(bytes);

            OpaqueBlob.IsPlausible(standard).Should().BeTrue("random bytes are what ciphertext looks like ({0} bytes)", length);
            OpaqueBlob.IsPlausible(standard.TrimEnd('=').Replace('+', '-').Replace('/', '_')).Should().BeTrue("URL-safe, unpadded ({0} bytes)", length);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("EqQBCgIYAhIM")]
    [InlineData("gCKR2M3DEEEefsJzeKZhyTUYfAfk1WNum8PEALJyRLjNOpfxGuZRBwUGpooC8OFhrzf4bLkHhzjD")]
    public void IsPlausible_ProviderShapes_True(string value)
    {
        OpaqueBlob.IsPlausible(value).Should().BeTrue();
    }

    [Theory]
    [InlineData("the password is hunter2")]
    [InlineData("abc=def")]
    [InlineData("abc===")]
    [InlineData("{\"k\":1}")]
    public void IsPlausible_NotBase64_False(string value)
    {
        OpaqueBlob.IsPlausible(value).Should().BeFalse();
    }

    [Theory]
    [InlineData("password: hunter2")]
    [InlineData("card 4111 1111 1111 1111, exp 12/29")]
    [InlineData("{\"api_key\":\"sk-live-abc\"}")]
    public void IsPlausible_Base64OfText_False(string text)
    {
        string encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

        OpaqueBlob.IsPlausible(encoded).Should().BeFalse("base64 of text is not ciphertext");
        OpaqueBlob.IsPlausible(encoded.TrimEnd('=').Replace('+', '-').Replace('/', '_')).Should().BeFalse("nor in the URL-safe alphabet");
    }

    [Fact]
    public void IsPlausible_LongerThanAnyBlob_False()
    {
        OpaqueBlob.IsPlausible(new string('A', OpaqueBlob.MaxLength + 4)).Should().BeFalse();
    }
}
