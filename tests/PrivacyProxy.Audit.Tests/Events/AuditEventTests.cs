namespace PrivacyProxy.Audit.Tests;

public sealed class AuditEventTests
{
    [Fact]
    public void Time_GivenWithAnOffset_IsKeptInUtc()
    {
        var local = new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.FromHours(2));

        var auditEvent = TestEvents.Create(local);

        auditEvent.Time.Offset.Should().Be(TimeSpan.Zero);
        auditEvent.Time.Should().Be(local);
    }

    [Fact]
    public void FindingCount_SumsEveryTally()
    {
        var auditEvent = TestEvents.Create(TestEvents.Epoch, findings:
            [TestEvents.Tally("SECRET", "API_KEY", "openai-key", 3), TestEvents.Tally("CONTACT", "EMAIL", "email", 2)]);

        auditEvent.FindingCount.Should().Be(5);
    }

    [Fact]
    public void Counts_Negative_AreRejected()
    {
        var auditEvent = TestEvents.Create(TestEvents.Epoch);

        ((Action)(() => _ = auditEvent with { BytesIn = -1 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = auditEvent with { PlaceholdersMangled = -1 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = auditEvent with { ScanTime = TimeSpan.FromTicks(-1) })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => TestEvents.Tally("SECRET", "API_KEY", "rule", 0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DefaultCollections_AreEmptyNotDefault()
    {
        var auditEvent = TestEvents.Create(TestEvents.Epoch) with { Findings = default, Fingerprints = default };

        auditEvent.Findings.IsDefault.Should().BeFalse();
        auditEvent.Findings.Should().BeEmpty();
        auditEvent.Fingerprints.Should().BeEmpty();
    }

    [Fact]
    public void AuditPeriod_EndBeforeStart_IsRejected()
    {
        var act = () => new AuditPeriod(TestEvents.Epoch, TestEvents.Epoch.AddTicks(-1));

        act.Should().Throw<ArgumentException>();
    }
}
