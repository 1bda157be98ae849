using System.Buffers;
using System.Text;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// How a value holding inline media is replaced under <see cref="MediaHandling.Strip"/>: by a text part of the
/// protocol that says what was withheld, or, where the protocol has no parts (Ollama <c>images</c>), by an empty
/// array with the note added to the enclosing object's <see cref="JsonShape.NoteField"/>. The note is fixed text:
/// it never carries anything from the request.
/// </summary>
internal sealed class MediaWithholding
{
    private readonly byte[]? _partPrefix;

    private MediaWithholding(byte[]? partPrefix) => _partPrefix = partPrefix;

    /// <summary>An empty array in place of the value; the notes go to the enclosing object's note field.</summary>
    public static MediaWithholding Emptied { get; } = new(partPrefix: null);

    /// <summary>True when the notes go to the enclosing object rather than into the replacement.</summary>
    public bool NotesOutside => _partPrefix is null;

    /// <summary>A content part <c>{"type":"<paramref name="textType"/>","text":note}</c> in place of the value.</summary>
    public static MediaWithholding TextPart(string textType) =>
        new(Encoding.UTF8.GetBytes($$"""{"type":"{{textType}}","text":"""));

    /// <summary>The note for one withheld value of <paramref name="kind"/>.</summary>
    public static string Note(MediaKind kind) => kind switch
    {
        MediaKind.Image => "[image withheld by PrivacyProxy]",
        MediaKind.Audio => "[audio withheld by PrivacyProxy]",
        _ => "[file withheld by PrivacyProxy]",
    };

    /// <summary>Writes what replaces the value; <paramref name="note"/> is used only by text parts.</summary>
    public void WriteReplacement(string note, IBufferWriter<byte> output)
    {
        if (_partPrefix is null)
        {
            output.Write("[]"u8);
            return;
        }

        output.Write(_partPrefix);
        JsonStringEscaper.WriteQuoted(note, output);
        output.Write("}"u8);
    }
}
