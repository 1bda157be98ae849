using PrivacyProxy.Detection;

namespace PrivacyProxy.Redaction.Placeholders;

/// <summary>
/// The per-request value-to-placeholder map: the same value always gets the same placeholder; records keep what
/// was found in first-appearance order, without values. Values the policy keeps in place are recorded too
/// (for counting and fingerprinting) but get no placeholder.
/// </summary>
internal sealed class PlaceholderVault
{
    private readonly Dictionary<string, IssuedPlaceholder> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedPlaceholder>.AlternateLookup<ReadOnlySpan<char>> _byValueSpan;
    private readonly Dictionary<string, RedactionRecord> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RedactionRecord>.AlternateLookup<ReadOnlySpan<char>> _keptSpan;
    private readonly List<(RedactionRecord Record, string Value)> _found = [];
    private readonly List<RedactionRecord> _records = [];

    public PlaceholderVault()
    {
        _byValueSpan = _byValue.GetAlternateLookup<ReadOnlySpan<char>>();
        _keptSpan = _kept.GetAlternateLookup<ReadOnlySpan<char>>();
        Records = _records.AsReadOnly();
    }

    public PlaceholderAllocator Allocator { get; } = new();

    public IReadOnlyList<RedactionRecord> Records { get; }

    /// <summary>How many distinct input texts that looked like placeholders were protected.</summary>
    public int LiteralCount { get; private set; }

    /// <summary>
    /// The placeholder for a detected value, issuing one (typed by <paramref name="finding"/>) when new;
    /// <paramref name="treatment"/> (replace or replace one-way) is fixed by the value's first appearance.
    /// </summary>
    public IssuedPlaceholder GetOrIssue(ReadOnlySpan<char> value, Finding finding, FindingTreatment treatment)
    {
        if (_byValueSpan.TryGetValue(value, out IssuedPlaceholder? known))
        {
            return known;
        }

        string type = PlaceholderFormat.NormalizeType(finding.Type);
        IssuedPlaceholder issued = Allocator.Issue(type, value.ToString(),
            placeholder => new RedactionRecord(placeholder, finding.Category, finding.Type, finding.RuleId) { Treatment = treatment });
        _byValue.Add(issued.Value, issued);
        _found.Add((issued.Record!, issued.Value));
        _records.Add(issued.Record!);
        return issued;
    }

    /// <summary>Records a detected value the policy leaves in the text (once per distinct value).</summary>
    public void Keep(ReadOnlySpan<char> value, Finding finding)
    {
        if (_keptSpan.ContainsKey(value))
        {
            return;
        }

        var record = new RedactionRecord(null, finding.Category, finding.Type, finding.RuleId) { Treatment = FindingTreatment.Keep };
        string text = value.ToString();
        _kept.Add(text, record);
        _found.Add((record, text));
        _records.Add(record);
    }

    /// <summary>The placeholder for input text that already looked like one; such entries have no record.</summary>
    public IssuedPlaceholder GetOrIssueLiteral(ReadOnlySpan<char> value)
    {
        if (_byValueSpan.TryGetValue(value, out IssuedPlaceholder? known))
        {
            return known;
        }

        IssuedPlaceholder issued = Allocator.Issue(PlaceholderFormat.LiteralType, value.ToString(), static _ => null);
        _byValue.Add(issued.Value, issued);
        LiteralCount++;
        return issued;
    }

    /// <summary>Calls <paramref name="action"/> with each detected value and its record, in record order.</summary>
    public void ForEachValue(Action<RedactionRecord, string> action)
    {
        foreach (var (record, value) in _found)
        {
            action(record, value);
        }
    }
}
