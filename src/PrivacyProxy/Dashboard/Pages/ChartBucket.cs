using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// The overview's bucket size for a period: the smallest usual size giving at most about 60 points (1 h in minutes,
/// 24 h in half hours, 7 d in 6 hours, 30 d in half days), and never more than <see cref="AuditQueryLimits.MaxBuckets"/>.
/// </summary>
internal static class ChartBucket
{
    private const int TargetBuckets = 60;

    private static readonly TimeSpan[] Sizes =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromDays(1), TimeSpan.FromDays(7),
    ];

    public static TimeSpan For(AuditPeriod period)
    {
        var span = period.To - period.From;
        foreach (var size in Sizes)
        {
            if (span.Ticks <= size.Ticks * TargetBuckets)
            {
                return size;
            }
        }

        // Longer than a year: whole days, as many as keep the target (so far below the store's cap).
        return TimeSpan.FromDays(Math.Ceiling(span.TotalDays / TargetBuckets));
    }
}
