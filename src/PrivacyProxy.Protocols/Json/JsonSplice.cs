using System.Buffers;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// A set of byte-range edits to a JSON document: replacements of single tokens and insertions. Applying it copies
/// every byte outside the edits unchanged, so untouched parts of the document stay byte-identical.
/// </summary>
internal sealed class JsonSplice
{
    private readonly List<Edit> _edits = [];
    private readonly ArrayBufferWriter<byte> _data = new(256);
    private int _openStart = -1;

    /// <summary>True when there is nothing to change.</summary>
    public bool IsEmpty => _edits.Count == 0;

    /// <summary>End of the last range replaced, for callers that must not overlap it.</summary>
    public int LastEnd => _edits.Count == 0 ? 0 : _edits[^1].End;

    /// <summary>Replaces <c>[start, end)</c> with a quoted JSON string.</summary>
    public void ReplaceWithString(int start, int end, ReadOnlySpan<char> value)
    {
        JsonStringEscaper.WriteQuoted(value, Begin(start, end));
        End();
    }

    /// <summary>Starts replacing <c>[start, end)</c>; write the replacement to the returned writer, then call <see cref="End"/>.</summary>
    public IBufferWriter<byte> Begin(int start, int end)
    {
        if (_openStart >= 0)
        {
            throw new InvalidOperationException("An edit is already open.");
        }

        _openStart = start;
        _edits.Add(new Edit(start, end, _data.WrittenCount, 0, _edits.Count));
        return _data;
    }

    /// <summary>Finishes the edit started by <see cref="Begin"/>.</summary>
    public void End()
    {
        var open = _edits[^1];
        _edits[^1] = open with { DataLength = _data.WrittenCount - open.DataOffset };
        _openStart = -1;
    }

    /// <summary>Inserts raw bytes at <paramref name="position"/> (after earlier insertions at the same place).</summary>
    public void Insert(int position, ReadOnlySpan<byte> bytes)
    {
        var writer = Begin(position, position);
        writer.Write(bytes);
        End();
    }

    /// <summary>
    /// Removes the object member spanning <c>[start, end)</c> (name through value) together with one adjacent comma,
    /// so the object stays valid.
    /// </summary>
    public void RemoveMember(ReadOnlySpan<byte> json, int start, int end)
    {
        int after = end;
        while (after < json.Length && JsonSyntax.IsWhitespace(json[after]))
        {
            after++;
        }

        if (after < json.Length && json[after] == (byte)',')
        {
            end = after + 1;
        }
        else
        {
            int before = start - 1;
            while (before >= 0 && JsonSyntax.IsWhitespace(json[before]))
            {
                before--;
            }

            // A preceding comma already removed with an earlier member must not be removed twice.
            if (before >= LastEnd && json[before] == (byte)',')
            {
                start = before;
            }
        }

        Begin(start, end);
        End();
    }

    /// <summary>A point to <see cref="Rewind"/> to: the edits made so far.</summary>
    public int Mark() => _edits.Count;

    /// <summary>Forgets the edits made since <paramref name="mark"/> (a region replaced whole makes them moot).</summary>
    public void Rewind(int mark)
    {
        if (_openStart >= 0)
        {
            throw new InvalidOperationException("An edit is open.");
        }

        _edits.RemoveRange(mark, _edits.Count - mark);
    }

    /// <summary>Writes <paramref name="source"/> with all edits applied.</summary>
    public void WriteTo(ReadOnlySpan<byte> source, IBufferWriter<byte> output)
    {
        _edits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Sequence.CompareTo(b.Sequence));
        int copied = 0;
        ReadOnlySpan<byte> data = _data.WrittenSpan;
        foreach (var edit in _edits)
        {
            if (edit.Start < copied)
            {
                throw new InvalidOperationException("Overlapping JSON edits.");
            }

            output.Write(source[copied..edit.Start]);
            output.Write(data.Slice(edit.DataOffset, edit.DataLength));
            copied = edit.End;
        }

        output.Write(source[copied..]);
    }

    /// <summary>Returns <paramref name="source"/> with all edits applied.</summary>
    public byte[] Apply(ReadOnlySpan<byte> source)
    {
        var output = new ArrayBufferWriter<byte>(source.Length + _data.WrittenCount + 16);
        WriteTo(source, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Forgets all edits so the instance can be reused.</summary>
    public void Clear()
    {
        _edits.Clear();
        _data.ResetWrittenCount();
        _openStart = -1;
    }

    private readonly record struct Edit(int Start, int End, int DataOffset, int DataLength, int Sequence);
}
