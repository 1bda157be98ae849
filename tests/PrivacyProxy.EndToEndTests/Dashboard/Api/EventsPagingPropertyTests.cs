using PrivacyProxy.EndToEndTests.Auditing;

namespace PrivacyProxy.EndToEndTests.Dashboard.Api;

/// <summary>Keyset paging of <c>GET /dashboard/api/events</c>: for any number of events and any page size, every event exactly once.</summary>
public sealed class EventsPagingPropertyTests
{
    [Fact]
    public async Task Paging_RandomCountsAndLimits_EveryEventExactlyOnce()
    {
        var random = new Random(9_061);
        await using var api = await ApiProxy.StartAsync();
        string[] keys = [AuditedProxy.RedactKey, AuditedProxy.BlockKey, AuditedProxy.LocalKey];
        var sent = 0;
        for (int round = 0; round < 3; round++)
        {
            // A random batch, some from the same caller, so several events may share a millisecond.
            var batch = random.Next(1, 9);
            await Task.WhenAll(Enumerable.Range(0, batch).Select(i => api.ChatAsync("card {CARD}", keys[random.Next(keys.Length)])));
            sent += batch;
            await api.WaitForEventsAsync(sent);

            var all = await api.AllEventsAsync("", limit: 1000);
            all.Should().HaveCount(sent);
            var ids = all.Select(static e => e.GetProperty("id").GetInt64()).ToList();
            ids.Should().OnlyHaveUniqueItems();
            for (int trial = 0; trial < 4; trial++)
            {
                var limit = random.Next(1, sent + 2);

                var paged = await api.AllEventsAsync("", limit);

                paged.Select(static e => e.GetProperty("id").GetInt64()).Should().Equal(ids, "limit {0} over {1} events walks them all once, in order", limit, sent);
            }
        }
    }
}
