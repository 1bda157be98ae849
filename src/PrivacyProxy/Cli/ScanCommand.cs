namespace PrivacyProxy.Cli;

/// <summary>The <c>scan</c> verb (design.md's contract). Replaced by the detection engine's implementation.</summary>
internal static class ScanCommand
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        error.WriteLine("scan: the detection engine is not wired in yet");
        return Task.FromResult(2);
    }
}
