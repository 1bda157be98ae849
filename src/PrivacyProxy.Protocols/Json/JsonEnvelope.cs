using System.Buffers;
namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// The identifying members of the last stream event seen (OpenAI chunks: <c>id</c>, <c>object</c>, <c>created</c>,
/// <c>model</c>; Ollama lines: <c>model</c>, <c>created_at</c>), kept as raw JSON so a synthetic event that releases
/// held-back text looks like the events around it.
/// </summary>
internal sealed class JsonEnvelope(params string[] names)
{
    /// <summary>The members of an OpenAI stream chunk.</summary>
    public static string[] OpenAIChunk => ["id", "object", "created", "model"];

    /// <summary>The members of an Ollama response line.</summary>
    public static string[] OllamaLine => ["model", "created_at"];

    private readonly byte[][] _names = Array.ConvertAll(names, static name => System.Text.Encoding.UTF8.GetBytes(name));
    private readonly ArrayBufferWriter<byte> _members = new(256);

    /// <summary>Remembers the envelope of an indexed chunk, when it has one.</summary>
    public void Capture(JsonSpanIndex index, ReadOnlySpan<byte> data)
    {
        bool any = false;
        foreach (var name in _names)
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
