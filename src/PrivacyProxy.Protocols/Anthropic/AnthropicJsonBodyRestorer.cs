using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// Restores a non-streamed Anthropic Message: every content block and the matched <c>stop_sequence</c> (stop
/// sequences are scrubbed on the way out). Error bodies and bodies that do not parse pass unchanged.
/// </summary>
internal sealed class AnthropicJsonBodyRestorer : SplicingJsonBodyRestorer
{
    private readonly AnthropicBlockRestorer _blocks;

    /// <summary>Creates the restorer.</summary>
    public AnthropicJsonBodyRestorer(ITextRestorer restorer) => _blocks = new AnthropicBlockRestorer(restorer);

    /// <inheritdoc />
    protected override void Restore(JsonSpanIndex index, ReadOnlySpan<byte> body, JsonSplice splice)
    {
        int root = JsonSpanIndex.Root;
        if (!index.IsObject(root) || AnthropicEvents.TypeIs(index, body, root, "error"u8))
        {
            return;
        }

        _blocks.RestoreContent(index, body, root, splice);
        _blocks.RestoreString(index, body, index.Property(body, root, "stop_sequence"u8), splice);
    }
}
