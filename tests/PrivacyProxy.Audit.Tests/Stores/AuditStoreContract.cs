using System.Collections.Immutable;

namespace PrivacyProxy.Audit.Tests;

/// <summary>
/// What every <see cref="IAuditStore"/> must do, run against SQLite and a real PostgreSQL. Each test gets an
/// empty, initialised store from <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract class AuditStoreContract : IAsyncLifetime
{
    private static readonly AuditPeriod Everything = new(TestEvents.Epoch.AddYears(-1), TestEvents.Epoch.AddYears(1));

    private IAuditStore? _store;

    protected IAuditStore Store => _store ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await CleanUpAsync();
    }

    /// <summary>A new store on empty storage, not yet initialised.</summary>
    protected abstract Task<IAuditStore> CreateStoreAsync();

    /// <summary>A second store over the same storage as the current one (what a restart or a replica opens).</summary>
    protected abstract IAuditStore OpenSameStorage();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    [Fact]
    public async Task WriteAsync_ThenEvents_ReturnsEveryFieldAsWritten()
    {
        var fingerprinter = TestKeys.NewFingerprinter(out _);
        var written = TestEvents.Create(TestEvents.Epoch.AddMinutes(5), issued: 4, mangled: 1,
            findings: [TestEvents.Tally("SECRET", "API_KEY", "openai-key", 2), TestEvents.Tally("CONTACT", "EMAIL", "email", 1)],
            fingerprints: [fingerprinter.Fingerprint("fake-value-one", AuditName.From("SECRET"), AuditName.From("API_KEY"))]) with
        {
            Caller = null,
            Model = null,
            ShadowPolicy = null,
            ShadowAction = null,
        };

        await Store.WriteAsync([written]);
        var page = await Store.EventsAsync(new AuditEventFilter(Everything), 10);

        page.Events.Should().ContainSingle();
        page.Next.Should().BeNull();
        page.Events[0].Event.Should().BeEquivalentTo(written);
    }

    [Fact]
    public async Task EventsAsync_PagedWithTheCursor_ListsEveryEventOnceNewestFirst()
    {
        var random = new Random(8101);
        // Several events share a millisecond, so the id breaks ties.
        var events = Enumerable.Range(0, 57).Select(i => TestEvents.Create(TestEvents.Epoch.AddMilliseconds(random.Next(0, 20)), index: i)).ToList();
        await Store.WriteAsync(events);

        var seen = new List<StoredAuditEvent>();
        AuditCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.EventsAsync(new AuditEventFilter(Everything), 10, cursor);
            page.Events.Count.Should().BeLessThanOrEqualTo(10);
            seen.AddRange(page.Events);
            AuditCursor.TryParse(page.Next?.ToString(), out var parsed).Should().Be(page.Next is not null);
            cursor = page.Next is null ? null : parsed;
            pages++;
        }
        while (cursor is not null && pages < 20);

        pages.Should().Be(6);
        seen.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.HaveCount(57);
        seen.Select(e => (e.Event.Time, e.Id)).Should().BeInDescendingOrder();
        seen.Select(e => e.Event.RequestId.Value).Should().BeEquivalentTo(events.Select(e => e.RequestId.Value));
    }

    [Fact]
    public async Task EventsAsync_EachFilter_KeepsOnlyMatchingEvents()
    {
        await Store.WriteAsync(
        [
            TestEvents.Create(TestEvents.Epoch, team: "payments", caller: "alice", index: 1),
            TestEvents.Create(TestEvents.Epoch.AddMinutes(1), team: "research", caller: "bob", action: AuditAction.Block, upstream: AuditUpstream.None, index: 2),
            TestEvents.Create(TestEvents.Epoch.AddMinutes(2), team: "research", caller: "carol", action: AuditAction.RouteLocal, upstream: AuditUpstream.Local,
                findings: [TestEvents.Tally("FINANCIAL", "CREDIT_CARD", "credit-card")], index: 3),
            TestEvents.Create(TestEvents.Epoch.AddDays(2), team: "payments", caller: "alice", index: 4),
        ]);
        var period = new AuditPeriod(TestEvents.Epoch, TestEvents.Epoch.AddDays(1));

        (await RequestIds(new AuditEventFilter(period))).Should().BeEquivalentTo(["req-000001", "req-000002", "req-000003"]);
        (await RequestIds(new AuditEventFilter(period) { Team = "research" })).Should().BeEquivalentTo(["req-000002", "req-000003"]);
        (await RequestIds(new AuditEventFilter(period) { Caller = "alice" })).Should().BeEquivalentTo(["req-000001"]);
        (await RequestIds(new AuditEventFilter(period) { Category = "FINANCIAL" })).Should().BeEquivalentTo(["req-000003"]);
        (await RequestIds(new AuditEventFilter(period) { Type = "API_KEY" })).Should().BeEquivalentTo(["req-000001", "req-000002"]);
        (await RequestIds(new AuditEventFilter(period) { Category = "SECRET", Type = "CREDIT_CARD" })).Should().BeEmpty();
        (await RequestIds(new AuditEventFilter(period) { Action = AuditAction.Block })).Should().BeEquivalentTo(["req-000002"]);
        (await RequestIds(new AuditEventFilter(period) { Upstream = AuditUpstream.Local })).Should().BeEquivalentTo(["req-000003"]);
        (await RequestIds(new AuditEventFilter(period) { Team = "research", Upstream = AuditUpstream.None })).Should().BeEquivalentTo(["req-000002"]);
    }

    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("payments' --")]
    [InlineData("x'); DROP TABLE audit_events; --")]
    [InlineData("\"; DELETE FROM audit_findings; --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("payments\0")]
    public async Task Filters_WithSqlMetacharacters_MatchNothingAndChangeNothing(string hostile)
    {
        await Store.WriteAsync([TestEvents.Create(TestEvents.Epoch, index: 1), TestEvents.Create(TestEvents.Epoch.AddMinutes(1), index: 2)]);

        (await RequestIds(new AuditEventFilter(Everything) { Team = hostile })).Should().BeEmpty();
        (await RequestIds(new AuditEventFilter(Everything) { Caller = hostile })).Should().BeEmpty();
        (await RequestIds(new AuditEventFilter(Everything) { Category = hostile })).Should().BeEmpty();
        (await RequestIds(new AuditEventFilter(Everything) { Type = hostile })).Should().BeEmpty();
        (await Store.SearchAsync([hostile], 10)).Should().BeEmpty();

        var summary = await Store.SummaryAsync(Everything);
        summary.Requests.Should().Be(2);
        summary.FindingsByCategory.Should().Equal(new Dictionary<string, long> { ["SECRET"] = 4 });
    }

    [Fact]
    public async Task SummaryAsync_CountsRequestsFindingsPerCategoryAndActionsInThePeriodOnly()
    {
        await Store.WriteAsync(
        [
            TestEvents.Create(TestEvents.Epoch, findings: [TestEvents.Tally("SECRET", "API_KEY", "openai-key", 3), TestEvents.Tally("CONTACT", "EMAIL", "email", 1)]),
            TestEvents.Create(TestEvents.Epoch.AddHours(1), action: AuditAction.Block, findings: [TestEvents.Tally("SECRET", "PASSWORD", "password", 2)]),
            TestEvents.Create(TestEvents.Epoch.AddHours(2), action: AuditAction.Allow, findings: []),
            TestEvents.Create(TestEvents.Epoch.AddDays(-1), findings: [TestEvents.Tally("GOV_ID", "US_SSN", "us-ssn", 9)]),
        ]);

        var summary = await Store.SummaryAsync(new AuditPeriod(TestEvents.Epoch, TestEvents.Epoch.AddDays(1)));

        summary.Requests.Should().Be(3);
        summary.FindingsByCategory.Should().Equal(new Dictionary<string, long> { ["SECRET"] = 5, ["CONTACT"] = 1 });
        summary.RequestsByAction.Should().Equal(new Dictionary<string, long> { ["redact"] = 1, ["block"] = 1, ["allow"] = 1 });
    }

    [Fact]
    public async Task BreakdownAsync_EveryDimension_GroupsRequestsAndFindings()
    {
        await Store.WriteAsync(
        [
            TestEvents.Create(TestEvents.Epoch, team: "payments", caller: "alice", model: "deepseek-chat",
                findings: [TestEvents.Tally("SECRET", "API_KEY", "openai-key", 3), TestEvents.Tally("SECRET", "PASSWORD", "password", 1)]),
            TestEvents.Create(TestEvents.Epoch.AddMinutes(1), team: "payments", caller: "bob", model: "deepseek-reasoner", upstream: AuditUpstream.Local,
                findings: [TestEvents.Tally("FINANCIAL", "CREDIT_CARD", "credit-card", 2)]),
            TestEvents.Create(TestEvents.Epoch.AddMinutes(2), team: "research", caller: "alice", model: "deepseek-chat",
                findings: [TestEvents.Tally("SECRET", "API_KEY", "openai-key", 1)]),
        ]);

        (await Breakdown(AuditDimension.Category)).Should().Equal(("SECRET", 2, 5), ("FINANCIAL", 1, 2));
        (await Breakdown(AuditDimension.Type)).Should().Equal(("API_KEY", 2, 4), ("CREDIT_CARD", 1, 2), ("PASSWORD", 1, 1));
        (await Breakdown(AuditDimension.Rule)).Should().Equal(("openai-key", 2, 4), ("credit-card", 1, 2), ("password", 1, 1));
        (await Breakdown(AuditDimension.Team)).Should().Equal(("payments", 2, 6), ("research", 1, 1));
        (await Breakdown(AuditDimension.Caller)).Should().Equal(("alice", 2, 5), ("bob", 1, 2));
        (await Breakdown(AuditDimension.Upstream)).Should().Equal(("hosted", 2, 5), ("local", 1, 2));
        (await Breakdown(AuditDimension.Model)).Should().Equal(("deepseek-chat", 2, 5), ("deepseek-reasoner", 1, 2));
    }

    [Fact]
    public async Task TimeSeriesAsync_CountsPerBucketIncludingEmptyOnes()
    {
        await Store.WriteAsync(
        [
            TestEvents.Create(TestEvents.Epoch.AddMinutes(1), action: AuditAction.Redact),
            TestEvents.Create(TestEvents.Epoch.AddMinutes(59), action: AuditAction.Block),
            TestEvents.Create(TestEvents.Epoch.AddHours(2), action: AuditAction.RouteLocal, upstream: AuditUpstream.Local),
            TestEvents.Create(TestEvents.Epoch.AddHours(2).AddMinutes(3), action: AuditAction.Mask, findings: []),
        ]);

        var series = await Store.TimeSeriesAsync(new AuditPeriod(TestEvents.Epoch, TestEvents.Epoch.AddHours(4)), TimeSpan.FromHours(1));

        series.Select(b => b.Start).Should().Equal(Enumerable.Range(0, 4).Select(h => TestEvents.Epoch.AddHours(h)));
        series.Select(b => (b.Requests, b.Findings, b.Blocked, b.RoutedLocal, b.Masked)).Should().Equal(
            (2L, 4L, 1L, 0L, 1L), (0L, 0L, 0L, 0L, 0L), (2L, 2L, 0L, 1L, 1L), (0L, 0L, 0L, 0L, 0L));
    }

    [Fact]
    public async Task TimeSeriesAsync_MoreBucketsThanTheLimit_IsRejected()
    {
        var act = () => Store.TimeSeriesAsync(new AuditPeriod(TestEvents.Epoch, TestEvents.Epoch.AddDays(30)), TimeSpan.FromSeconds(1));

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task SearchAsync_AfterKeyRotation_FindsEventsUnderOldAndNewKeys()
    {
        var oldKey = TestKeys.NewKey();
        var newKey = TestKeys.NewKey();
        var before = new Fingerprinter(new FingerprintKeyRing(oldKey));
        var after = new Fingerprinter(new FingerprintKeyRing(newKey, [oldKey]));
        var card = AuditName.From("FINANCIAL");
        var type = AuditName.From("CREDIT_CARD");
        await Store.WriteAsync(
        [
            TestEvents.Create(TestEvents.Epoch, fingerprints: [before.Fingerprint("4111 1111 1111 1111", card, type)], index: 1),
            TestEvents.Create(TestEvents.Epoch.AddDays(1), fingerprints: [after.Fingerprint("4111-1111-1111-1111", card, type)], index: 2),
            TestEvents.Create(TestEvents.Epoch.AddDays(2), fingerprints: [after.Fingerprint("5500 0000 0000 0004", card, type)], index: 3),
        ]);

        var found = await Store.SearchAsync(after.ForSearch("4111111111111111").Hashes, 50);
        var withoutOldKey = await Store.SearchAsync(new Fingerprinter(new FingerprintKeyRing(newKey)).ForSearch("4111111111111111").Hashes, 50);

        found.Select(e => e.Event.RequestId.Value).Should().Equal("req-000002", "req-000001");
        found[1].Event.Fingerprints.Single().KeyId.Should().Be(oldKey.Id);
        withoutOldKey.Select(e => e.Event.RequestId.Value).Should().Equal("req-000002");
    }

    [Fact]
    public async Task PolicyOutcomesAsync_GroupsByTeamPolicyAndWhatTheShadowWouldHaveDone()
    {
        await Store.WriteAsync(
        [
            TestEvents.Create(TestEvents.Epoch, team: "payments", action: AuditAction.Redact),
            TestEvents.Create(TestEvents.Epoch.AddMinutes(1), team: "payments", action: AuditAction.Redact),
            TestEvents.Create(TestEvents.Epoch.AddMinutes(2), team: "payments", action: AuditAction.Allow) with { ShadowAction = AuditAction.Mask },
            TestEvents.Create(TestEvents.Epoch.AddMinutes(3), action: AuditAction.Redact) with { Team = null, ShadowPolicy = null, ShadowAction = null },
        ]);

        var outcomes = await Store.PolicyOutcomesAsync(Everything);

        outcomes.Should().Equal(
            new PolicyOutcome("payments", "default", AuditAction.Redact, "strict", AuditAction.Block, 2),
            new PolicyOutcome(null, "default", AuditAction.Redact, null, null, 1),
            new PolicyOutcome("payments", "default", AuditAction.Allow, "strict", AuditAction.Mask, 1));
    }

    [Fact]
    public async Task PlaceholderHealthAsync_SumsIssuedAndMangled()
    {
        await Store.WriteAsync([TestEvents.Create(TestEvents.Epoch, issued: 10, mangled: 1), TestEvents.Create(TestEvents.Epoch.AddMinutes(1), issued: 6, mangled: 3)]);

        var health = await Store.PlaceholderHealthAsync(Everything);

        health.Should().Be(new PlaceholderHealth(16, 4));
        health.MangledShare.Should().Be(0.25);
    }

    [Fact]
    public async Task PurgeAsync_RemovesOlderEventsWithTheirFindingsAndFingerprints()
    {
        var fingerprinter = TestKeys.NewFingerprinter(out _);
        var print = fingerprinter.Fingerprint("old-fake-secret", AuditName.From("SECRET"), AuditName.From("API_KEY"));
        await Store.WriteAsync(
        [
            TestEvents.Create(TestEvents.Epoch.AddDays(-40), fingerprints: [print], index: 1),
            TestEvents.Create(TestEvents.Epoch.AddDays(-31), fingerprints: [print], index: 2),
            TestEvents.Create(TestEvents.Epoch.AddDays(-29), index: 3),
        ]);
        var retention = new AuditRetention(Store, 30, new FixedTime(TestEvents.Epoch));

        var removed = await retention.PurgeAsync();

        removed.Should().Be(2);
        (await RequestIds(new AuditEventFilter(Everything))).Should().Equal("req-000003");
        (await Store.SearchAsync([print.Hash], 10)).Should().BeEmpty();
        (await Store.BreakdownAsync(Everything, AuditDimension.Category)).Should().ContainSingle().Which.Findings.Should().Be(2);
        (await retention.PurgeAsync()).Should().Be(0);
    }

    [Fact]
    public async Task InitializeAsync_OnExistingStorage_KeepsTheEvents()
    {
        await Store.WriteAsync([TestEvents.Create(TestEvents.Epoch, index: 7)]);

        await using var reopened = OpenSameStorage();
        await reopened.InitializeAsync();
        await reopened.InitializeAsync();

        (await reopened.SummaryAsync(Everything)).Requests.Should().Be(1);
    }

    [Fact]
    public async Task WriteAsync_ManyEventsInOneBatch_AllStored()
    {
        var events = Enumerable.Range(0, 600).Select(i => TestEvents.Create(TestEvents.Epoch.AddSeconds(i), index: i)).ToImmutableArray();

        await Store.WriteAsync(events);

        (await Store.SummaryAsync(Everything)).Requests.Should().Be(600);
    }

    [Fact]
    public async Task WriteAsync_WhileOthersWriteAndRead_NeitherFailsNorLosesEvents()
    {
        // What a deployment does: the writer inserting while the dashboard (and other replicas) query.
        var writers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            for (var b = 0; b < 15; b++)
            {
                await Store.WriteAsync([.. Enumerable.Range(0, 10).Select(i => TestEvents.Create(TestEvents.Epoch.AddSeconds(b), index: (w * 1000) + (b * 10) + i))]);
            }
        }));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var r = 0; r < 15; r++)
            {
                await Store.SummaryAsync(Everything);
                await Store.EventsAsync(new AuditEventFilter(Everything) { Team = "payments" }, 50);
            }
        }));

        await Task.WhenAll(writers.Concat(readers));

        (await Store.SummaryAsync(Everything)).Requests.Should().Be(450);
    }

    private async Task<List<string>> RequestIds(AuditEventFilter filter) =>
        (await Store.EventsAsync(filter, 100)).Events.Select(e => e.Event.RequestId.Value).ToList();

    private async Task<List<(string?, long, long)>> Breakdown(AuditDimension dimension) =>
        (await Store.BreakdownAsync(Everything, dimension)).Select(r => (r.Key, r.Requests, r.Findings)).ToList();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
