using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// Restores a non-streamed Ollama response (<c>"stream":false</c>): one object restored as a final line. Bodies
/// that are not objects, or carry <c>error</c>, pass unchanged.
/// </summary>
internal sealed class OllamaJsonBodyRestorer : IJsonBodyRewriter
{
    private readonly OllamaLayout _layout;
    private readonly ITextRestorer _restorer;
    private readonly JsonSpanIndex _index = new();

    /// <summary>Creates the restorer.</summary>
    public OllamaJsonBodyRestorer(OllamaLayout layout, ITextRestorer restorer)
    {
        _layout = layout;
        _restorer = restorer;
    }

    /// <inheritdoc />
    public void Rewrite(ReadOnlySpan<byte> body, IBufferWriter<byte> output)
    {
        try
        {
            _index.Parse(body);
        }
        catch (JsonException)
        {
            output.Write(body);
            return;
        }

        if (!_index.IsObject(JsonSpanIndex.Root) || _index.Property(body, JsonSpanIndex.Root, "error"u8) >= 0)
        {
            output.Write(body);
            return;
        }

        new OllamaLineRewriter(_layout, _restorer).Rewrite(_index, body, output, final: true);
    }
}
