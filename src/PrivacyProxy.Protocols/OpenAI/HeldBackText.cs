using System.Buffers;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.OpenAI;

/// <summary>
/// Text a choice's restorers released at the end of the choice that has no field in the current chunk to go
/// into; written as new delta members (or a whole synthetic delta).
/// </summary>
internal sealed class HeldBackText
{
    /// <summary>Released text per plain field name.</summary>
    public List<(string Name, string Text)> Fields { get; } = [];

    /// <summary>Released arguments text per tool-call index.</summary>
    public List<(int Index, string Text)> Tools { get; } = [];

    /// <summary>True when nothing was released.</summary>
    public bool IsEmpty => Fields.Count == 0 && Tools.Count == 0;

    /// <summary>Flushes every restorer of <paramref name="state"/> and keeps the non-empty results.</summary>
    public void FlushAll(ChoiceStreamState state, OpenAIChoiceLayout layout)
    {
        for (int field = 0; field < layout.TextFields.Length; field++)
        {
            AddField(layout.TextFields[field], state.FlushField(field));
        }

        FlushTools(state);
    }

    /// <summary>Flushes the tool-call restorers still open in <paramref name="state"/>.</summary>
    public void FlushTools(ChoiceStreamState state)
    {
        foreach (int index in new List<int>(state.ToolIndexes))
        {
            AddTool(index, state.FlushTool(index));
        }
    }

    /// <summary>Keeps released text of a plain field when non-empty.</summary>
    public void AddField(string name, string text)
    {
        if (text.Length > 0)
        {
            Fields.Add((name, text));
        }
    }

    /// <summary>Keeps released arguments text when non-empty.</summary>
    public void AddTool(int index, string text)
    {
        if (text.Length > 0)
        {
            Tools.Add((index, text));
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        Fields.Clear();
        Tools.Clear();
    }

    /// <summary>Writes the fields as object members (<c>"content":"…","tool_calls":[…]</c>), without braces.</summary>
    public void WriteMembers(IBufferWriter<byte> output)
    {
        bool first = true;
        foreach (var (name, text) in Fields)
        {
            if (!first)
            {
                output.Write(","u8);
            }

            first = false;
            JsonStringEscaper.WriteQuoted(name, output);
            output.Write(":"u8);
            JsonStringEscaper.WriteQuoted(text, output);
        }

        if (Tools.Count == 0)
        {
            return;
        }

        output.Write(first ? "\"tool_calls\":["u8 : ",\"tool_calls\":["u8);
        for (int i = 0; i < Tools.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }

            WriteToolItem(Tools[i].Index, Tools[i].Text, output);
        }

        output.Write("]"u8);
    }

    /// <summary>Writes a tool-call delta that carries only arguments text.</summary>
    public static void WriteToolItem(int index, string arguments, IBufferWriter<byte> output)
    {
        output.Write("{\"index\":"u8);
        Span<byte> digits = output.GetSpan(11);
        index.TryFormat(digits, out int written);
        output.Advance(written);
        output.Write(",\"function\":{\"arguments\":"u8);
        JsonStringEscaper.WriteQuoted(arguments, output);
        output.Write("}}"u8);
    }
}
