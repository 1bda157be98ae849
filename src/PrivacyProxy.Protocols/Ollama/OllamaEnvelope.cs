using System.Buffers;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// The identifying members of the last Ollama response line seen (<c>model</c>, <c>created_at</c>), kept as raw
/// JSON so a synthetic line that releases held-back text looks like the lines around it.
/// </summary>
internal sealed class OllamaEnvelope
{
    private static readonly byte[][] Names = ["model"u8.ToArray(), "created_at"u8.ToArray()];

    private readonly ArrayBufferWriter<byte> _members = new(128);

    /// <summary>Remembers the envelope of an indexed line, when it has one.</summary>
    public void Capture(JsonSpanIndex index, ReadOnlySpan<byte> json)
    {
        bool any = false;
        foreach (var name in Names)
        {
            int node = index.Property(json, JsonSpanIndex.Root, name);
            if (node < 0)
            {
                continue;
            }

            if (!any)
            {
                _members.ResetWrittenCount();
                any = true;
            }
            else
            {
                _members.Write(","u8);
            }

            _members.Write("\""u8);
            _members.Write(name);
            _members.Write("\":"u8);
            _members.Write(index.Raw(json, node));
        }
    }

    /// <summary>Writes <c>{</c> and the remembered members, each followed by a comma.</summary>
    public void WriteStart(IBufferWriter<byte> output)
    {
        output.Write("{"u8);
        if (_members.WrittenCount > 0)
        {
            output.Write(_members.WrittenSpan);
            output.Write(","u8);
        }
    }
}
