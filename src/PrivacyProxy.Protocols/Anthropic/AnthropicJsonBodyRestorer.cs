using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// Restores a non-streamed Anthropic Message: every content block and the matched <c>stop_sequence</c> (stop
/// sequences are scrubbed on the way out). Error bodies and bodies that do not parse pass unchanged.
/// </summary>
internal sealed class AnthropicJsonBodyRestorer : IJsonBodyRewriter
{
    private readonly AnthropicBlockRestorer _blocks;
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();

    /// <summary>Creates the restorer.</summary>
    public AnthropicJsonBodyRestorer(ITextRestorer restorer) => _blocks = new AnthropicBlockRestorer(restorer);

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

        int root = JsonSpanIndex.Root;
        if (!_index.IsObject(root) || AnthropicEvents.TypeIs(_index, body, root, "error"u8))
        {
            output.Write(body);
            return;
        }

        _splice.Clear();
        _blocks.RestoreContent(_index, body, root, _splice);
        _blocks.RestoreString(_index, body, _index.Property(body, root, "stop_sequence"u8), _splice);
        if (_splice.IsEmpty)
        {
            output.Write(body);
        }
        else
        {
            _splice.WriteTo(body, output);
        }
    }
}
