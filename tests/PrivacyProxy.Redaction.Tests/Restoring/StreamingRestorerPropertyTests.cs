using System.Text;
using CsCheck;
using PrivacyProxy.Redaction.Restoring;
using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests.Restoring;

public sealed class StreamingRestorerPropertyTests
{
    [Fact]
    public void PushThenFlush_AnySplitOfAnyText_SameAsWholeRestoreWithBoundedHoldBack() =>
        Gen.Select(TextGenerators.ModelText, TextGenerators.Splits, Gen.Bool, Gen.Bool).Sample(
            (text, lengths, oneChar, json) =>
            {
                TextContext context = json ? TextContext.JsonString : TextContext.Plain;
                RedactionSession whole = Sessions.Issued();
                RedactionSession streamed = Sessions.Issued();
                string expected = whole.Restore(text, context);

                var restorer = (StreamingRestorer)streamed.BeginStream(context);
                var output = new StringBuilder();
                foreach (string fragment in TextGenerators.Fragments(text, lengths, oneChar))
                {
                    output.Append(restorer.Push(fragment));
                    restorer.PendingLength.Should().BeLessThanOrEqualTo(RedactionSession.MaxPendingLength);
                    restorer.HasPending.Should().Be(restorer.PendingLength > 0);
                }

                output.Append(restorer.Flush());
                output.ToString().ShouldEqualMasked(expected, "streamed output must equal whole-text restore");
                restorer.HasPending.Should().BeFalse();
                streamed.RestoredCount.Should().Be(whole.RestoredCount);
                streamed.UnrestoredCount.Should().Be(whole.UnrestoredCount);
            },
            iter: 3000,
            print: t => $"text={PlantedValues.Mask(t.Item1)} splits=[{string.Join(",", t.Item2)}] oneChar={t.Item3} json={t.Item4}");

    [Fact]
    public void Push_AnyText_HeldBackSuffixStartsAtBracketOrBackslash() =>
        Gen.Select(TextGenerators.ModelText, TextGenerators.Splits).Sample(
            (text, lengths) =>
            {
                var restorer = (StreamingRestorer)Sessions.Issued().BeginStream(TextContext.JsonString);
                var pushed = new StringBuilder();
                var released = new StringBuilder();
                foreach (string fragment in TextGenerators.Fragments(text, lengths, oneChar: false))
                {
                    pushed.Append(fragment);
                    released.Append(restorer.Push(fragment));
                    if (restorer.PendingLength > 0)
                    {
                        char first = pushed[pushed.Length - restorer.PendingLength];
                        (first is '[' or '\\').Should().BeTrue("only a possible placeholder start is held back");
                    }
                }

                restorer.Flush();
            },
            iter: 1000,
            print: t => $"text={PlantedValues.Mask(t.Item1)} splits=[{string.Join(",", t.Item2)}]");
}
