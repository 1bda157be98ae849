namespace PrivacyProxy.Detection.Matching;

/// <summary>Whether <see cref="BranchCompiler"/> runs leading lookbehinds apart (tests force each way).</summary>
internal enum LookbehindSplit
{
    /// <summary>When it measures faster on <see cref="CalibrationSample"/> (the default).</summary>
    WhenFaster,

    /// <summary>Whenever the pattern allows it.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}
