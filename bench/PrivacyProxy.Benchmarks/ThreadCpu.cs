using System.Runtime.InteropServices;

namespace PrivacyProxy.Benchmarks;

/// <summary>CPU time of the calling thread (clock_gettime CLOCK_THREAD_CPUTIME_ID), in 100 ns ticks.</summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static long Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return System.Diagnostics.Stopwatch.GetTimestamp() * 10_000_000 / System.Diagnostics.Stopwatch.Frequency;
        }

        _ = ClockGetTime(ClockThreadCpuTimeId, out var time);
        return (time.Seconds * 10_000_000) + (time.Nanoseconds / 100);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
