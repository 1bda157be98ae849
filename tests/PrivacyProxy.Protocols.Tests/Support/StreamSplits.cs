using System.Text;
using CsCheck;

namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>What the stream split properties share: how upstream reads are cut, and a stream's line endings.</summary>
internal static class StreamSplits
{
    /// <summary>
    /// Read sizes: mostly 1 byte (inside CRLF, multi-byte UTF-8 and placeholders), some short, a few up to
    /// <paramref name="longest"/>; at most <paramref name="reads"/> of them (the rest of the stream is one read).
    /// </summary>
    public static Gen<int[]> ChunkSizes(int longest, int reads) =>
        Gen.Frequency((4, (IGen<int>)Gen.Const(1)), (3, Gen.Int[2, 7]), (1, Gen.Int[8, longest])).Array[0, reads];

    /// <summary>The UTF-8 bytes of an LF-ended <paramref name="text"/> with its line endings as "LF", "CRLF" or "CR".</summary>
    public static byte[] WithLineEndings(string text, string endings) => Encoding.UTF8.GetBytes(endings switch
    {
        "CRLF" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        "CR" => text.Replace('\n', '\r'),
        _ => text,
    });
}
