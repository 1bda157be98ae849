using System.Diagnostics;

namespace PrivacyProxy.Audit.Tests;

public sealed class AuditQueueTests
{
    [Fact]
    public void TryEnqueue_WhenFull_ReturnsFalseAtOnceCountsAndReportsEachDrop()
    {
        var drops = new List<AuditDrop>();
        var queue = new AuditQueue(capacity: 3, onDrop: drops.Add);
        var watch = Stopwatch.StartNew();

        var accepted = Enumerable.Range(0, 10_000).Count(i => queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: i)));

        watch.Stop();
        accepted.Should().Be(3);
        queue.Count.Should().Be(3);
        queue.Dropped.Should().Be(9_997);
        queue.DroppedFor(AuditDropReason.QueueFull).Should().Be(9_997);
        drops.Should().HaveCount(9_997).And.OnlyContain(d => d.Reason == AuditDropReason.QueueFull && d.Count == 1);
        // Generous bound: the point is that a full queue never waits for the writer, which is not running.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void TryEnqueue_DropHookThrows_StillCountsAndDoesNotThrow()
    {
        var queue = new AuditQueue(capacity: 1, onDrop: _ => throw new InvalidOperationException("hook failed (test)"));
        queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch)).Should().BeTrue();

        var act = () => queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch));

        act.Should().NotThrow().Which.Should().BeFalse();
        queue.Dropped.Should().Be(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_CapacityBelowOne_FailsNamingTheKey(int capacity)
    {
        var act = () => new AuditQueue(capacity);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*PrivacyProxy:Audit:QueueCapacity*");
    }

    [Fact]
    public void Accepted_CountsOnlyTheEventsTheQueueTook()
    {
        var queue = new AuditQueue(capacity: 3);
        for (var i = 0; i < 5; i++)
        {
            queue.TryEnqueue(TestEvents.Create(TestEvents.Epoch, index: i));
        }

        queue.Accepted.Should().Be(3);
        queue.DroppedFor(AuditDropReason.QueueFull).Should().Be(2);
    }
}
