using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Fakes;

/// <summary>
/// A scrubber that knows a fixed list of planted values and numbers placeholders per type by first appearance
/// over successive calls, like the real session. Records every text it was asked to scrub.
/// </summary>
internal sealed class FakeScrubber : ITextScrubber
{
    private readonly (string Value, string Type)[] _secrets;
    private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    public FakeScrubber(params (string Value, string Type)[] secrets) =>
        _secrets = [.. secrets.OrderByDescending(s => s.Value.Length)];

    public List<string> Calls { get; } = [];

    public IReadOnlyDictionary<string, string> Issued => _issued;

    public string Scrub(string text)
    {
        Calls.Add(text);
        var result = new System.Text.StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            var match = _secrets.FirstOrDefault(s => string.CompareOrdinal(text, i, s.Value, 0, s.Value.Length) == 0);
            if (match.Value is null)
            {
                result.Append(text[i++]);
                continue;
            }

            if (!_issued.TryGetValue(match.Value, out var placeholder))
            {
                int n = _counters.GetValueOrDefault(match.Type) + 1;
                _counters[match.Type] = n;
                placeholder = $"[[{match.Type}_{n}]]";
                _issued.Add(match.Value, placeholder);
            }

            result.Append(placeholder);
            i += match.Value.Length;
        }

        return result.ToString();
    }
}
