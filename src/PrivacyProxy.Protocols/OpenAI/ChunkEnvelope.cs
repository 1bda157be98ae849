using System.Buffers;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// The identifying members of the last chunk seen (<c>id</c>, <c>object</c>, <c>created</c>, <c>model</c>), kept as
/// raw JSON so a synthetic chunk that releases held-back text looks like the chunks around it.
/// </summary>
internal sealed class ChunkEnvelope
{
    private static readonly byte[][] Names = ["id"u8.ToArray(), "object"u8.ToArray(), "created"u8.ToArray(), "model"u8.ToArray()];

    private readonly ArrayBufferWriter<byte> _members = new(256);

    /// <summary>Remembers the envelope of an indexed chunk, when it has one.</summary>
    public void Capture(JsonSpanIndex index, ReadOnlySpan<byte> data)
    {
        bool any = false;
        foreach (var name in Names)
        {
            int node = index.Property(data, JsonSpanIndex.Root, name);
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
            _members.Write(index.Raw(data, node));
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
