namespace PrivacyProxy.Detection.Tests.Recall;

/// <summary>A sentence carrying one planted value at [<see cref="Start"/>, <see cref="End"/>) of <see cref="Type"/>.</summary>
internal sealed record RecallCase(string Text, int Start, int End, string Type)
{
    /// <summary>Builds a case from a template holding one <c>{v}</c> slot.</summary>
    public static RecallCase Plant(string template, string value, string type)
    {
        var at = template.IndexOf("{v}", StringComparison.Ordinal);
        var text = template[..at] + value + template[(at + 3)..];
        return new RecallCase(text, at, at + value.Length, type);
    }

    /// <summary>True when one finding of the expected type covers the whole planted value.</summary>
    public bool FoundIn(IReadOnlyList<Finding> findings) =>
        findings.Any(f => f.Type == Type && f.Start <= Start && f.End >= End);
}
