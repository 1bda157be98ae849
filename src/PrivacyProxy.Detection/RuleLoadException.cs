namespace PrivacyProxy.Detection;

/// <summary>
/// Thrown when rule packs cannot be loaded. Lists every problem found, each naming the file, the rule and the
/// problem. Messages carry rule data only (ids, patterns), never scanned text.
/// </summary>
public sealed class RuleLoadException : Exception
{
    public RuleLoadException(string directory, IReadOnlyList<RuleError> errors)
        : base(Format(directory, errors))
    {
        Errors = errors;
    }

    public RuleLoadException()
        : this("(unknown)", [])
    {
    }

    public RuleLoadException(string message)
        : base(message)
    {
        Errors = [];
    }

    public RuleLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<RuleError> Errors { get; } = [];

    private static string Format(string directory, IReadOnlyList<RuleError> errors) =>
        $"Rule packs in '{directory}' are invalid ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}):"
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
