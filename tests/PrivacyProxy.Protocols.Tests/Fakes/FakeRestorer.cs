using System.Text.Encodings.Web;
using System.Text.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Fakes;

/// <summary>A restorer for a fixed placeholder map (stands in for the session on branch <c>redaction</c>).</summary>
internal sealed class FakeRestorer : ITextRestorer
{
    public const int MaxPlaceholderLength = 40;

    public FakeRestorer(IReadOnlyDictionary<string, string> values) => Values = values;

    public IReadOnlyDictionary<string, string> Values { get; }

    public string Restore(string text, TextContext context)
    {
        var stream = BeginStream(context);
        return stream.Push(text) + stream.Flush();
    }

    public IStreamingTextRestorer BeginStream(TextContext context) => new FakeStreamingRestorer(this, context);

    internal static string Encode(string value, TextContext context) =>
        context == TextContext.Plain ? value : JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value;
}
