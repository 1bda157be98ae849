using System.Text;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Fakes;

/// <summary>Holds back only a possible placeholder prefix (at most <see cref="FakeRestorer.MaxPlaceholderLength"/> chars).</summary>
internal sealed class FakeStreamingRestorer(FakeRestorer owner, TextContext context) : IStreamingTextRestorer
{
    private string _pending = string.Empty;

    public bool HasPending => _pending.Length > 0;

    public string Push(string fragment) => Process(_pending + fragment, final: false);

    public string Flush() => Process(_pending, final: true);

    private string Process(string text, bool final)
    {
        _pending = string.Empty;
        var output = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf("[[", i, StringComparison.Ordinal);
            if (open < 0)
            {
                bool holdBracket = !final && text[^1] == '[';
                output.Append(text, i, text.Length - i - (holdBracket ? 1 : 0));
                _pending = holdBracket ? "[" : string.Empty;
                return output.ToString();
            }

            output.Append(text, i, open - i);
            int close = text.IndexOf("]]", open + 2, StringComparison.Ordinal);
            if (close < 0 && !final && text.Length - open < FakeRestorer.MaxPlaceholderLength)
            {
                _pending = text[open..];
                return output.ToString();
            }

            if (close >= 0 && owner.Values.TryGetValue(text[open..(close + 2)], out var value))
            {
                output.Append(FakeRestorer.Encode(value, context));
                i = close + 2;
            }
            else
            {
                output.Append('[');
                i = open + 1;
            }
        }

        return output.ToString();
    }
}
