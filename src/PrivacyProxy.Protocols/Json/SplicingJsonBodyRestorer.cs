using System.Buffers;
using System.Text.Json;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// The shared shape of a non-streamed response restorer: index the body, let the protocol mark the strings to
/// replace, and write the body with only those strings changed. A body that does not parse passes unchanged
/// (it came from upstream; there is nothing of ours in it to leak).
/// </summary>
internal abstract class SplicingJsonBodyRestorer : IJsonBodyRewriter
{
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();

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

        _splice.Clear();
        Restore(_index, body, _splice);
        if (_splice.IsEmpty)
        {
            output.Write(body);
        }
        else
        {
            _splice.WriteTo(body, output);
        }
    }

    /// <summary>Adds to <paramref name="splice"/> the restored value of every string the protocol restores.</summary>
    protected abstract void Restore(JsonSpanIndex index, ReadOnlySpan<byte> body, JsonSplice splice);
}
