using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>Writes Responses-style SSE: named events whose data carries <c>type</c> and a <c>sequence_number</c> from 0.</summary>
internal sealed class NumberedSseWriter
{
    private readonly StringBuilder _sse = new();
    private int _sequence;

    /// <summary>Appends one event; <paramref name="members"/> writes the members after type and sequence number.</summary>
    public void Event(string type, Action<Utf8JsonWriter> members)
    {
        int sequence = _sequence++;
        JsonText.AppendEvent(_sse, type, JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteNumber("sequence_number", sequence);
            members(w);
            w.WriteEndObject();
        }));
    }

    /// <summary>The stream so far.</summary>
    public override string ToString() => _sse.ToString();
}
