namespace PrivacyProxy.Audit.Tests;

public sealed class AuditCursorTests
{
    [Fact]
    public void TryParse_ItsOwnText_RoundTrips()
    {
        var random = new Random(77);
        for (var i = 0; i < 500; i++)
        {
            var cursor = new AuditCursor(random.NextInt64(-1_000_000, long.MaxValue), random.NextInt64(0, long.MaxValue));

            AuditCursor.TryParse(cursor.ToString(), out var parsed).Should().BeTrue();
            parsed.Should().Be(cursor);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123")]
    [InlineData(".5")]
    [InlineData("1.-5")]
    [InlineData("1.2.3")]
    [InlineData("1' OR 1=1.2")]
    [InlineData("99999999999999999999.1")]
    public void TryParse_Malformed_IsFalse(string? text) => AuditCursor.TryParse(text, out _).Should().BeFalse();
}
