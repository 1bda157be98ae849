using PrivacyProxy.Detection.Normalization;

namespace PrivacyProxy.Detection.Tests.Normalization;

/// <summary>Which line breaks join, what the joined segment holds, and how it maps back.</summary>
public sealed class WrappedLinesTests
{
    private static List<string> Segments(string text)
    {
        var segments = new List<string>();
        for (var at = 0; WrappedLines.Next(text, ref at) is { } view;)
        {
            using (view)
            {
                segments.Add(view.Text);
            }
        }

        return segments;
    }

    [Theory]
    [InlineData("key = Ab12Cd34Ef\nGh56Ij78Kl rest", "key = Ab12Cd34EfGh56Ij78Kl rest")]
    [InlineData("key = Ab12Cd34Ef\r\n> Gh56Ij78Kl\r\n", "key = Ab12Cd34EfGh56Ij78Kl")]
    [InlineData("x\n    AAAAAAAAAAAAAAAAAAAA1234\n    BBBBBBBBBBBBBBBBBBBB5678\n    CC99 tail", "    AAAAAAAAAAAAAAAAAAAA1234BBBBBBBBBBBBBBBBBBBB5678CC99 tail")]
    [InlineData("key: Ab12Cd34Ef\nGh56Ij78Kl\nnext line", "key: Ab12Cd34EfGh56Ij78Kl")]
    public void Next_TokenBrokenOverLines_YieldsItJoined(string text, string expected)
    {
        Segments(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("The quick brown fox\njumps over the lazy dog.")]
    [InlineData("def main():\n    return 0\n")]
    [InlineData("short1\nshort2")]
    [InlineData("configuration\nsettings")]
    [InlineData("token: Ab12Cd34Ef56Gh78Ij90\n\nNext paragraph")]
    public void Next_OrdinaryLineBreaks_YieldNothing(string text)
    {
        Segments(text).Should().BeEmpty();
    }

    [Fact]
    public void ToSource_JoinedToken_CoversTheLineBreakAndQuotePrefix()
    {
        const string text = "id: Ab12Cd34Ef\r\n> Gh56Ij78Kl done";
        var at = 0;
        using var view = WrappedLines.Next(text, ref at);

        var start = view!.Text.IndexOf("Ab12", StringComparison.Ordinal);
        var end = view.Text.IndexOf(" done", StringComparison.Ordinal);
        view.ToSource(start, end).Should().Be((text.IndexOf("Ab12", StringComparison.Ordinal), text.IndexOf(" done", StringComparison.Ordinal)));
    }
}
