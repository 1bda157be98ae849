using PrivacyProxy.Detection;
using PrivacyProxy.Redaction.Tests.TestKit;

namespace PrivacyProxy.Redaction.Tests;

/// <summary>The per-finding treatments a policy picks: replace, replace one-way (mask), keep (audit-only, allow).</summary>
public sealed class RedactionSessionTreatmentTests
{
    private static readonly string Person = PlantedValues.Person;
    private static readonly string Email = PlantedValues.Email;

    private static RedactionSession Session(FindingTreatment forEmail) =>
        new(new PlantedValueDetector(), finding => finding.Type == "EMAIL" ? forEmail : FindingTreatment.Replace);

    [Fact]
    public void Mask_ReplacedButNeverRestored()
    {
        var session = Session(FindingTreatment.ReplaceOneWay);

        string scrubbed = session.Scrub($"{Person} wrote from {Email}");
        string restored = session.Restore("[[PERSON_1]] at [[EMAIL_1]]", TextContext.Plain);

        scrubbed.ShouldEqualMasked("[[PERSON_1]] wrote from [[EMAIL_1]]");
        restored.ShouldEqualMasked($"{Person} at [[EMAIL_1]]", "a masked value stays a placeholder for the caller");
        session.RestoredCount.Should().Be(1);
        session.UnrestoredCount.Should().Be(0, "a masked placeholder is not a mangled one");
        session.Records.Select(r => r.Treatment).Should().Equal(FindingTreatment.Replace, FindingTreatment.ReplaceOneWay);
    }

    [Fact]
    public void Mask_StreamingRestorerLeavesThePlaceholder()
    {
        var session = Session(FindingTreatment.ReplaceOneWay);
        session.Scrub($"{Person} {Email}");
        var stream = session.BeginStream(TextContext.Plain);

        string output = stream.Push("[[EMAIL") + stream.Push("_1]] and [[PERSON_1]]") + stream.Flush();

        output.ShouldEqualMasked($"[[EMAIL_1]] and {Person}");
    }

    [Fact]
    public void Keep_LeftInTextAndRecordedWithoutPlaceholder()
    {
        var session = Session(FindingTreatment.Keep);

        string scrubbed = session.Scrub($"{Email} then {Person} then {Email}");

        scrubbed.ShouldEqualMasked($"{Email} then [[PERSON_1]] then {Email}");
        session.Records.Should().HaveCount(2, "the kept value is recorded once, like a replaced one");
        var kept = session.Records.Single(r => r.Treatment == FindingTreatment.Keep);
        kept.Placeholder.Should().BeNull();
        kept.Type.Should().Be("EMAIL");
        var values = new List<string>();
        session.ForEachValue((_, value) => values.Add(value));
        (values.Count == 2 && values[0] == Email && values[1] == Person).Should().BeTrue("kept values are fingerprinted too, in order");
    }

    [Fact]
    public void Keep_RecordsInOrderOfAppearance()
    {
        var session = Session(FindingTreatment.Keep);

        session.Scrub($"{Person} first, then {Email}");
        session.Scrub($"{Email} before {PlantedValues.All[3].Value}");

        session.Records.Select(r => r.Type).Should().Equal("PERSON", "EMAIL", "CREDIT_CARD");
    }

    [Fact]
    public void Keep_PlaceholderShapedInputStillProtected()
    {
        var session = Session(FindingTreatment.Keep);

        string scrubbed = session.Scrub($"{Email} [[EMAIL_1]]");

        scrubbed.Should().NotContain("[[EMAIL_1]]", "text that looks like a placeholder is always protected");
        session.Restore(scrubbed, TextContext.Plain).ShouldEqualMasked($"{Email} [[EMAIL_1]]");
    }

    [Fact]
    public void Pieces_KeptValueAcrossPiecesNotReplaced()
    {
        var session = Session(FindingTreatment.Keep);

        var scrubbed = session.ScrubPieces([$"a {Email}", $" b {Person}"]);

        scrubbed[0].ShouldEqualMasked($"a {Email}");
        scrubbed[1].ShouldEqualMasked(" b [[PERSON_1]]");
    }
}
