using PrivacyProxy.Redaction.Restoring;
using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests.Restoring;

public sealed class StreamingRestorerTests
{
    private static readonly string Person = PlantedValues.Person;
    private static readonly string Email = PlantedValues.Email;

    [Fact]
    public void Push_PlaceholderSplitAcrossFragments_HeldBackUntilComplete()
    {
        IStreamingTextRestorer restorer = Sessions.Issued().BeginStream(TextContext.Plain);

        string first = restorer.Push("Dear [[PER");
        bool pendingAfterFirst = restorer.HasPending;
        string second = restorer.Push("SON_1]], your");

        first.Should().Be("Dear ");
        pendingAfterFirst.Should().BeTrue();
        second.ShouldEqualMasked($"{Person}, your");
        restorer.HasPending.Should().BeFalse();
        restorer.Flush().Should().BeEmpty();
    }

    [Fact]
    public void Push_FragmentWithoutBracketOrBackslash_SameInstanceAtOnce()
    {
        IStreamingTextRestorer restorer = Sessions.Issued().BeginStream(TextContext.Plain);
        string fragment = "plain words";

        restorer.Push(fragment).Should().BeSameAs(fragment);
        restorer.HasPending.Should().BeFalse();
    }

    [Fact]
    public void Push_NearMissDisambiguated_ReleasedOnNextFragment()
    {
        IStreamingTextRestorer restorer = Sessions.Issued().BeginStream(TextContext.Plain);

        restorer.Push("see [").Should().Be("see ");
        restorer.Push(" x]").Should().Be("[ x]");
        restorer.HasPending.Should().BeFalse();
    }

    [Fact]
    public void Push_HoldsOnlyFromFirstPossibleStart()
    {
        var restorer = (StreamingRestorer)Sessions.Issued().BeginStream(TextContext.Plain);

        restorer.Push("a]] [[ x [[EMAIL_").Should().Be("a]] [[ x ");
        restorer.PendingLength.Should().Be("[[EMAIL_".Length);
    }

    [Fact]
    public void Flush_IncompletePlaceholder_ReleasedVerbatim()
    {
        IStreamingTextRestorer restorer = Sessions.Issued().BeginStream(TextContext.Plain);

        restorer.Push("end [[EMAIL_").Should().Be("end ");
        restorer.Flush().Should().Be("[[EMAIL_");
        restorer.HasPending.Should().BeFalse();
    }

    [Fact]
    public void Push_EscapedVariantOneCharAtATime_RestoredOnce()
    {
        RedactionSession session = Sessions.Issued();
        IStreamingTextRestorer restorer = session.BeginStream(TextContext.JsonString);
        const string text = "{\"to\":\"\\\\[\\\\[ email_1 \\\\]\\\\]\"}";
        var output = new System.Text.StringBuilder();

        foreach (char c in text)
        {
            output.Append(restorer.Push(c.ToString()));
        }

        output.Append(restorer.Flush());
        output.ToString().ShouldEqualMasked($"{{\"to\":\"{Email}\"}}");
        session.RestoredCount.Should().Be(1);
    }

    [Fact]
    public void Push_LongBracketedRun_NeverHoldsMoreThanBound()
    {
        var restorer = (StreamingRestorer)Sessions.Issued().BeginStream(TextContext.JsonString);

        restorer.Push("\\\\[\\\\[  " + new string('A', 41));
        int held = restorer.PendingLength;
        string released = restorer.Push("AA");

        held.Should().BeLessThanOrEqualTo(RedactionSession.MaxPendingLength);
        released.Should().NotBeEmpty();
        restorer.HasPending.Should().BeFalse();
    }

    [Fact]
    public void Push_EmptyFragment_EmptyAndStateKept()
    {
        IStreamingTextRestorer restorer = Sessions.Issued().BeginStream(TextContext.Plain);

        restorer.Push("[[EMA").Should().BeEmpty();
        restorer.Push(string.Empty).Should().BeEmpty();
        restorer.Push("IL_1]]").ShouldEqualMasked(Email);
    }

    [Fact]
    public void Push_Null_Throws()
    {
        IStreamingTextRestorer restorer = Sessions.Issued().BeginStream(TextContext.Plain);

        Action act = () => restorer.Push(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
