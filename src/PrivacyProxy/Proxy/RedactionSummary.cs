using System.Text;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Proxy;

/// <summary>Compact, value-free description of a session's records for one log line: <c>EMAIL:2,API_KEY:1</c>.</summary>
internal readonly record struct RedactionSummary(string Types, string RuleIds)
{
    /// <summary>Counts records per type and lists the distinct rule ids, in first-appearance order.</summary>
    public static RedactionSummary Of(IReadOnlyList<RedactionRecord> records)
    {
        if (records.Count == 0)
        {
            return new("", "");
        }

        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new List<string>();
        foreach (var record in records)
        {
            types[record.Type] = types.GetValueOrDefault(record.Type) + 1;
            if (!rules.Contains(record.RuleId))
            {
                rules.Add(record.RuleId);
            }
        }

        var builder = new StringBuilder();
        foreach (var (type, count) in types)
        {
            builder.Append(builder.Length == 0 ? "" : ",").Append(type).Append(':').Append(count);
        }

        return new(builder.ToString(), string.Join(',', rules));
    }
}
