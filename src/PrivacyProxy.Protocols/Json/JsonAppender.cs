using System.Buffers;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Adds members to objects and items to arrays of an indexed document through a <see cref="JsonSplice"/>,
/// placing the commas right when several additions land in the same container.
/// </summary>
internal sealed class JsonAppender
{
    private readonly HashSet<int> _grown = [];

    /// <summary>Forgets which containers grew (call per document).</summary>
    public void Reset() => _grown.Clear();

    /// <summary>Starts a new member <c>"name":</c> at the end of <paramref name="obj"/>; write the value, then end the splice.</summary>
    public IBufferWriter<byte> BeginMember(JsonSpanIndex index, JsonSplice splice, int obj, string name)
    {
        var writer = BeginItem(index, splice, obj);
        JsonStringEscaper.WriteQuoted(name, writer);
        writer.Write(":"u8);
        return writer;
    }

    /// <summary>Starts a new item at the end of array (or member at the end of object) <paramref name="container"/>.</summary>
    public IBufferWriter<byte> BeginItem(JsonSpanIndex index, JsonSplice splice, int container)
    {
        int position = index.End(container) - 1;
        var writer = splice.Begin(position, position);
        if (index.ChildCount(container) > 0 || !_grown.Add(container))
        {
            writer.Write(","u8);
        }

        return writer;
    }
}
