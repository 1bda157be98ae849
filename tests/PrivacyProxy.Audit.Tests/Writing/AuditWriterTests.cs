namespace PrivacyProxy.Audit.Tests;

public sealed class AuditWriterTests
{
    private static readonly AuditWriterOptions Fast = new()
    {
        BatchSize = 50,
        FlushInterval = TimeSpan.FromMilliseconds(20),
        MaxRetryAttempts = 3,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(5),
    };

    [Fact]
    public async Task StopAsync_DrainsEverythingQueued_InBatchesOfAtMostTheBatchSize()
    {
        var store = new FakeAuditStore();
        var queue = new AuditQueue(capacity: 2000);
        await using var writer = new AuditWriter(queue, store, Fast);
        writer.Start();

        for (var i = 0; i < 1234; i++)
        {
            queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: i)).Should().BeTrue();
        }

        await writer.StopAsync();

        store.EventCount.Should().Be(1234);
        writer.Written.Should().Be(1234);
        queue.Dropped.Should().Be(0);
        store.Batches.Should().OnlyContain(b => b.Count >= 1 && b.Count <= 50);
        store.Batches.SelectMany(b => b).Select(e => e.RequestId.Value).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task StopAsync_NeverStarted_StillDrainsTheQueue()
    {
        var store = new FakeAuditStore();
        var queue = new AuditQueue();
        var writer = new AuditWriter(queue, store, Fast);
        queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch));

        await writer.StopAsync();

        store.EventCount.Should().Be(1);
    }

    [Fact]
    public async Task TryEnqueue_AfterStop_IsCountedAsStopped()
    {
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, new FakeAuditStore(), Fast);
        writer.Start();
        await writer.StopAsync();

        queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch)).Should().BeFalse();

        queue.DroppedFor(AuditDropReason.Stopped).Should().Be(1);
    }

    [Fact]
    public async Task Writer_StoreFailsThenRecovers_RetriesAndLosesNothing()
    {
        var store = new FakeAuditStore(failures: 2);
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, store, Fast);
        writer.Start();

        for (var i = 0; i < 10; i++)
        {
            queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: i));
        }

        await writer.StopAsync();

        store.EventCount.Should().Be(10);
        store.Attempts.Should().BeGreaterThanOrEqualTo(3);
        queue.Dropped.Should().Be(0);
        writer.StoreFailing.Should().BeFalse("the last write succeeded");
    }

    [Fact]
    public async Task Writer_StoreDownPastTheRetryBudget_CountsAndReportsTheBatchAsDropped()
    {
        var drops = new List<AuditDrop>();
        var store = new FakeAuditStore(failures: -1);
        var queue = new AuditQueue(onDrop: d => { lock (drops) { drops.Add(d); } });
        await using var writer = new AuditWriter(queue, store, Fast with { BatchSize = 100 });
        for (var i = 0; i < 7; i++)
        {
            queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: i));
        }

        writer.Start();
        await writer.StopAsync();

        store.EventCount.Should().Be(0);
        store.Attempts.Should().Be(1 + Fast.MaxRetryAttempts, "one batch, tried once and retried up to the budget");
        queue.DroppedFor(AuditDropReason.StoreFailed).Should().Be(7);
        writer.Written.Should().Be(0);
        writer.StoreFailing.Should().BeTrue();
        drops.Should().ContainSingle().Which.Should().Match<AuditDrop>(d => d.Reason == AuditDropReason.StoreFailed && d.Count == 7 && d.Error is InvalidOperationException);
    }

    [Fact]
    public async Task StopAsync_StoreHangsPastTheTimeout_GivesUpAndCountsWhatIsLeft()
    {
        var store = new FakeAuditStore(held: true);
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, store, Fast);
        writer.Start();
        for (var i = 0; i < 120; i++)
        {
            queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: i));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await writer.StopAsync(timeout.Token);

        store.EventCount.Should().Be(0);
        queue.DroppedFor(AuditDropReason.Stopped).Should().Be(120);
    }

    [Fact]
    public async Task Writer_Running_WritesASingleEventWithinTheFlushInterval()
    {
        var store = new FakeAuditStore();
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, store, Fast);
        writer.Start();

        queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch));

        // Polls instead of sleeping a fixed time: the 2-core machine may be busy.
        for (var i = 0; i < 500 && store.EventCount == 0; i++)
        {
            await Task.Delay(10);
        }

        store.EventCount.Should().Be(1);
    }

    [Fact]
    public void Constructor_BadOptions_FailNamingTheKey()
    {
        var act = () => new AuditWriter(new AuditQueue(), new FakeAuditStore(), Fast with { BatchSize = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*PrivacyProxy:Audit:BatchSize*");
    }

    [Fact]
    public async Task FlushAsync_WritesWhatIsQueuedWithoutWaitingForTheFlushInterval()
    {
        var store = new FakeAuditStore();
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, store, Fast with { FlushInterval = TimeSpan.FromMinutes(10) });
        writer.Start();
        for (var i = 0; i < 3; i++)
        {
            queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: i));
        }

        var flushed = await writer.FlushAsync(TimeSpan.FromSeconds(30));

        flushed.Should().BeTrue();
        store.EventCount.Should().Be(3);
    }

    [Fact]
    public async Task FlushAsync_RepeatedWhileEventsKeepArriving_EachCoversWhatCameBefore()
    {
        var store = new FakeAuditStore();
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, store, Fast with { FlushInterval = TimeSpan.FromMinutes(10) });
        writer.Start();
        var random = new Random(9);
        var sent = 0;
        for (var round = 0; round < 20; round++)
        {
            var count = random.Next(0, 7);
            for (var i = 0; i < count; i++)
            {
                queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: sent++));
            }

            (await writer.FlushAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
            store.EventCount.Should().Be(sent, "round {0}", round);
        }
    }

    [Fact]
    public async Task FlushAsync_StoreHeld_GivesUpAfterTheWait()
    {
        var store = new FakeAuditStore(held: true);
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, store, Fast);
        writer.Start();
        queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch));

        var flushed = await writer.FlushAsync(TimeSpan.FromMilliseconds(100));

        flushed.Should().BeFalse();
        store.Release();
    }

    [Fact]
    public async Task FlushAsync_FailedBatch_CountsAsSettled()
    {
        var store = new FakeAuditStore(failures: 100);
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, store, Fast);
        writer.Start();
        queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch));

        var flushed = await writer.FlushAsync(TimeSpan.FromSeconds(30));

        flushed.Should().BeTrue("a batch the store refused is settled (dropped and counted), not pending");
        queue.DroppedFor(AuditDropReason.StoreFailed).Should().Be(1);
    }

    [Fact]
    public async Task FlushAsync_NothingQueued_AnswersAtOnce()
    {
        var queue = new AuditQueue();
        await using var writer = new AuditWriter(queue, new FakeAuditStore(), Fast);

        (await writer.FlushAsync(TimeSpan.Zero)).Should().BeTrue();
    }
}
