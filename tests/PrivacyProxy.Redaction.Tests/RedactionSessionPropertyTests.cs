using System.Text;
using CsCheck;
using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests;

public sealed class RedactionSessionPropertyTests
{
    private static readonly Gen<string[]> Conversations = TextGenerators.ClientText.Array[1, 5];

    [Fact]
    public void ScrubThenRestore_ConversationWithPlantedValues_NothingLeaksAndEveryMessageRoundTrips() =>
        Conversations.Sample(
            messages =>
            {
                var session = new RedactionSession(new PlantedValueDetector());
                var scrubbed = new string[messages.Length];
                for (int i = 0; i < messages.Length; i++)
                {
                    scrubbed[i] = session.Scrub(messages[i]);
                    PlantedValues.AnyIn(scrubbed[i]).Should().BeFalse("no planted value may leave");
                }

                for (int i = 0; i < messages.Length; i++)
                {
                    session.Restore(scrubbed[i], TextContext.Plain).ShouldEqualMasked(messages[i], "restore must give the client text back");
                    StreamOneCharAtATime(session, scrubbed[i]).ShouldEqualMasked(messages[i], "streamed restore must too");
                }

                session.UnrestoredCount.Should().Be(0);
            },
            iter: 2000,
            print: Describe);

    [Fact]
    public void Scrub_SameConversationTwice_SameOutputs() =>
        Conversations.Sample(
            messages =>
            {
                var first = new RedactionSession(new PlantedValueDetector());
                var second = new RedactionSession(new PlantedValueDetector());
                foreach (string message in messages)
                {
                    second.Scrub(message).ShouldEqualMasked(first.Scrub(message), "scrubbing must be deterministic");
                }

                second.Records.Should().Equal(first.Records);
            },
            iter: 500,
            print: Describe);

    [Fact]
    public void Scrub_ConversationGrows_EarlierMessagesScrubTheSame() =>
        Gen.Select(Conversations, Conversations).Sample(
            (earlier, later) =>
            {
                var shortSession = new RedactionSession(new PlantedValueDetector());
                var longSession = new RedactionSession(new PlantedValueDetector());
                foreach (string message in earlier)
                {
                    longSession.Scrub(message).ShouldEqualMasked(shortSession.Scrub(message), "the prefix must stay byte-identical");
                }

                foreach (string message in later)
                {
                    PlantedValues.AnyIn(longSession.Scrub(message)).Should().BeFalse("no planted value may leave");
                }
            },
            iter: 500,
            print: t => Describe(t.Item1) + " then " + Describe(t.Item2));

    private static string StreamOneCharAtATime(RedactionSession session, string text)
    {
        IStreamingTextRestorer restorer = session.BeginStream(TextContext.Plain);
        var output = new StringBuilder();
        foreach (char c in text)
        {
            output.Append(restorer.Push(c.ToString()));
        }

        return output.Append(restorer.Flush()).ToString();
    }

    private static string Describe(string[] messages)
    {
        var description = new StringBuilder();
        foreach (string message in messages)
        {
            description.Append('«').Append(PlantedValues.Mask(message)).Append('»');
        }

        return description.ToString();
    }
}
