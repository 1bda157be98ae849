namespace PrivacyProxy.Audit.Tests;

public sealed class AuditNameTests
{
    private const string Allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-";

    [Theory]
    [InlineData("payments")]
    [InlineData("deepseek-chat")]
    [InlineData("team.a/route:1_x")]
    [InlineData("0HN7:00000001")]
    public void From_WellFormedName_KeepsIt(string name) => AuditName.From(name).Value.Should().Be(name);

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("someone@example.com")]
    [InlineData("quote'")]
    [InlineData("semi;colon")]
    [InlineData("ünïcode")]
    [InlineData("line\nbreak")]
    public void From_MalformedName_IsInvalid(string name) => AuditName.From(name).Value.Should().Be(AuditName.Invalid);

    [Fact]
    public void From_RandomStrings_KeepsExactlyThoseOfTheCharsetAndLength()
    {
        var random = new Random(9001);
        for (var i = 0; i < 2000; i++)
        {
            var length = random.Next(0, 140);
            var chars = new char[length];
            var wellFormed = length is > 0 and <= AuditName.MaxLength;
            for (var c = 0; c < length; c++)
            {
                chars[c] = random.Next(10) == 0 ? (char)random.Next(32, 0x2000) : Allowed[random.Next(Allowed.Length)];
                wellFormed &= Allowed.Contains(chars[c], StringComparison.Ordinal);
            }

            var name = AuditName.From(new string(chars));

            (name.Value == new string(chars)).Should().Be(wellFormed, $"case {i} (length {length})");
            (name.Value == AuditName.Invalid || wellFormed).Should().BeTrue($"case {i}");
        }
    }

    [Fact]
    public void Default_IsInvalid() => default(AuditName).Value.Should().Be(AuditName.Invalid);

    [Fact]
    public void FromOptional_NullOrEmpty_IsNull()
    {
        AuditName.FromOptional(null).Should().BeNull();
        AuditName.FromOptional(string.Empty).Should().BeNull();
        AuditName.FromOptional("x y").Should().Be(AuditName.From(AuditName.Invalid));
    }

    [Fact]
    public void AuditNames_EveryActionAndUpstream_RoundTrips()
    {
        foreach (var action in Enum.GetValues<AuditAction>())
        {
            AuditNames.ParseAction(AuditNames.ToText(action)).Should().Be(action);
        }

        foreach (var upstream in Enum.GetValues<AuditUpstream>())
        {
            AuditNames.ParseUpstream(AuditNames.ToText(upstream)).Should().Be(upstream);
        }

        AuditNames.ToText(AuditAction.RouteLocal).Should().Be("route-local");
        AuditNames.ParseAction("BLOCK").Should().BeNull();
    }
}
