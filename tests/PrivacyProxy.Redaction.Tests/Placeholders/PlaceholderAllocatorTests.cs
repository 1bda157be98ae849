using PrivacyProxy.Redaction.Placeholders;

namespace PrivacyProxy.Redaction.Tests.Placeholders;

public sealed class PlaceholderAllocatorTests
{
    [Fact]
    public void Issue_SeveralTypes_NumbersEachTypeFromOne()
    {
        var allocator = new PlaceholderAllocator();

        string[] issued =
        [
            allocator.Issue("EMAIL", "a", static _ => null).Placeholder,
            allocator.Issue("PHONE", "b", static _ => null).Placeholder,
            allocator.Issue("EMAIL", "c", static _ => null).Placeholder,
        ];

        issued.Should().Equal("[[EMAIL_1]]", "[[PHONE_1]]", "[[EMAIL_2]]");
        allocator.Count.Should().Be(3);
    }

    [Theory]
    [InlineData("EMAIL", "2", true)]
    [InlineData("email", "1", true)]
    [InlineData("EMAIL", "3", false)]
    [InlineData("EMAIL", "02", false)]
    [InlineData("EMAIL", "0", false)]
    [InlineData("PHONE", "1", false)]
    public void TryFind_TypeAnyCaseAndCanonicalNumber_FindsIssuedOnly(string type, string digits, bool expected)
    {
        var allocator = new PlaceholderAllocator();
        allocator.Issue("EMAIL", "a", static _ => null);
        allocator.Issue("EMAIL", "b", static _ => null);

        allocator.TryFind(type, digits, out _).Should().Be(expected);
    }

    [Fact]
    public void HasType_IssuedTypeAnyCase_True()
    {
        var allocator = new PlaceholderAllocator();
        allocator.Issue("API_KEY", "a", static _ => null);

        allocator.HasType("api_key").Should().BeTrue();
        allocator.HasType("EMAIL").Should().BeFalse();
    }
}
