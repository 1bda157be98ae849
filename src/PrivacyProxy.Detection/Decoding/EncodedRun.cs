namespace PrivacyProxy.Detection.Decoding;

/// <summary>A stretch of text that may hold an encoded value: [<see cref="Start"/>, <see cref="End"/>) and how it is encoded.</summary>
internal readonly record struct EncodedRun(int Start, int End, RunKind Kind)
{
    public int Length => End - Start;
}
