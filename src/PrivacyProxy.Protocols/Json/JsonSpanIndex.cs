using System.Text;
using System.Text.Json;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// A flat, reusable index of one small JSON document (an SSE event, a response body) that remembers where each
/// value sits in the source bytes, so a rewriter can find fields, read them and splice changes by position.
/// Nodes are ints; -1 means "absent". The source span is passed back in on every read.
/// </summary>
internal sealed class JsonSpanIndex
{
    private readonly List<int> _stack = [];
    private Entry[] _entries = new Entry[64];
    private int _count;

    /// <summary>The root value (valid after a successful <see cref="Parse"/>).</summary>
    public static int Root => 0;

    /// <summary>Indexes <paramref name="json"/>; throws <see cref="JsonException"/> when it is not one valid JSON value.</summary>
    public void Parse(ReadOnlySpan<byte> json)
    {
        _count = 0;
        _stack.Clear();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = JsonRequestScrubber.MaxDepth });
        int nameStart = -1, nameLength = 0;
        bool nameEscaped = false;
        while (reader.Read())
        {
            int start = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    nameStart = start + 1;
                    nameLength = reader.ValueSpan.Length;
                    nameEscaped = reader.ValueIsEscaped;
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    _entries[_stack[^1]].End = (int)reader.BytesConsumed;
                    _stack.RemoveAt(_stack.Count - 1);
                    continue;
                default:
                    break;
            }

            int length = reader.TokenType == JsonTokenType.String ? reader.ValueSpan.Length + 2 : reader.ValueSpan.Length;
            int node = Add(new Entry
            {
                Kind = reader.TokenType,
                Start = start,
                End = start + length,
                NameStart = nameStart,
                NameLength = nameLength,
                NameEscaped = nameEscaped,
                ValueEscaped = reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped,
                Parent = _stack.Count == 0 ? -1 : _stack[^1],
                FirstChild = -1,
                LastChild = -1,
                NextSibling = -1,
            });
            nameStart = -1;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                _stack.Add(node);
            }
        }
    }

    /// <summary>Token type of a node (StartObject for objects, StartArray for arrays); None when absent.</summary>
    public JsonTokenType Kind(int node) => node < 0 ? JsonTokenType.None : _entries[node].Kind;

    /// <summary>True when the node is an object.</summary>
    public bool IsObject(int node) => Kind(node) == JsonTokenType.StartObject;

    /// <summary>True when the node is a string.</summary>
    public bool IsString(int node) => Kind(node) == JsonTokenType.String;

    /// <summary>Offset of the node's first byte.</summary>
    public int Start(int node) => _entries[node].Start;

    /// <summary>Offset just after the node's last byte (after the closing bracket for containers).</summary>
    public int End(int node) => _entries[node].End;

    /// <summary>Number of members or items of a container.</summary>
    public int ChildCount(int node) => node < 0 ? 0 : _entries[node].ChildCount;

    /// <summary>First member or item of a container, or -1.</summary>
    public int FirstChild(int node) => node < 0 ? -1 : _entries[node].FirstChild;

    /// <summary>Next member or item in the same container, or -1.</summary>
    public int NextSibling(int node) => _entries[node].NextSibling;

    /// <summary>The value of property <paramref name="name"/> of object <paramref name="node"/>, or -1.</summary>
    public int Property(ReadOnlySpan<byte> json, int node, ReadOnlySpan<byte> name)
    {
        if (!IsObject(node))
        {
            return -1;
        }

        for (int child = _entries[node].FirstChild; child >= 0; child = _entries[child].NextSibling)
        {
            ref readonly var entry = ref _entries[child];
            var raw = json.Slice(entry.NameStart, entry.NameLength);
            if (entry.NameEscaped ? QuotedEquals(json.Slice(entry.NameStart - 1, entry.NameLength + 2), name) : raw.SequenceEqual(name))
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>The decoded value of a string node.</summary>
    public string GetString(ReadOnlySpan<byte> json, int node)
    {
        ref readonly var entry = ref _entries[node];
        if (!entry.ValueEscaped)
        {
            return Encoding.UTF8.GetString(json[(entry.Start + 1)..(entry.End - 1)]);
        }

        var reader = new Utf8JsonReader(json[entry.Start..entry.End]);
        reader.Read();
        return JsonStringReader.GetString(ref reader);
    }

    /// <summary>Reads an integer node.</summary>
    public bool TryGetInt32(ReadOnlySpan<byte> json, int node, out int value)
    {
        value = 0;
        return Kind(node) == JsonTokenType.Number &&
            System.Buffers.Text.Utf8Parser.TryParse(json[Start(node)..End(node)], out value, out int consumed) &&
            consumed == End(node) - Start(node);
    }

    /// <summary>The raw bytes of a node.</summary>
    public ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> json, int node) => json[Start(node)..End(node)];

    private static bool QuotedEquals(ReadOnlySpan<byte> quoted, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.ValueTextEquals(name);
    }

    private int Add(Entry entry)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        int node = _count++;
        _entries[node] = entry;
        if (entry.Parent >= 0)
        {
            ref var parent = ref _entries[entry.Parent];
            if (parent.LastChild >= 0)
            {
                _entries[parent.LastChild].NextSibling = node;
            }
            else
            {
                parent.FirstChild = node;
            }

            parent.LastChild = node;
            parent.ChildCount++;
        }

        return node;
    }

    private struct Entry
    {
        public JsonTokenType Kind;
        public int Start;
        public int End;
        public int NameStart;
        public int NameLength;
        public bool NameEscaped;
        public bool ValueEscaped;
        public int Parent;
        public int FirstChild;
        public int LastChild;
        public int NextSibling;
        public int ChildCount;
    }
}
