using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// Content the scanner cannot read, as <see cref="RequestRewriteOptions.Media"/> says: refused, forwarded, or
/// withheld. Withholding replaces the innermost enclosing part whose shape has a <see cref="JsonShape.Withholding"/>
/// through the splice, once the part has ended, and forgets the texts collected inside it: they do not leave, so they
/// number no placeholder. The texts either side of a withheld part are scanned as neighbours, joined across it (the
/// fixed note between them is not scanned), which can only find more than scanning them apart.
/// </summary>
internal sealed partial class JsonRequestScrubber
{
    /// <summary><see cref="Frame.NoteStart"/> before the note field is seen.</summary>
    private const int NoNoteField = -1;

    /// <summary><see cref="Frame.NoteStart"/> when the note field is not a string: the notes have nowhere to go.</summary>
    private const int NoteFieldNotText = -2;

    /// <summary>The refusal of token ids: under <see cref="MediaHandling.Strip"/> too, there being no text to put in their place.</summary>
    public static ProtocolException UnscannableTokenIds(string field, MediaHandling media) => new(
        415,
        ProtocolErrorCodes.UnscannableContent,
        $"The request field '{field}' carries token ids, which cannot be scanned for sensitive data" +
        (media == MediaHandling.Strip ? " and cannot be withheld either, as there is no text to put in their place" : string.Empty) +
        ", so the request was not forwarded. Send the text instead.");

    private void OnMedia(ref Utf8JsonReader reader, int start, int end, JsonShape shape)
    {
        string? decoded = reader.ValueIsEscaped ? JsonStringReader.GetString(ref reader) : null;
        bool remote = decoded is null ? JsonSyntax.IsHttpUrl(reader.ValueSpan) : JsonSyntax.IsHttpUrl(decoded);
        if (remote)
        {
            AddText(decoded ?? JsonStringReader.GetString(ref reader), start, end);
            return;
        }

        if (reader.ValueSpan.Length == 0 || _options.Media == MediaHandling.Forward ||
            (_options.Media == MediaHandling.Strip && TryWithhold(shape, start, end)))
        {
            return;
        }

        throw new ProtocolException(
            415,
            ProtocolErrorCodes.UnscannableContent,
            $"The request field '{CurrentPath()}' carries inline media (image, audio or file data) that cannot be scanned " +
            "for sensitive data, so the request was not forwarded. Send text, or an http(s) URL.");
    }

    /// <summary>
    /// Withholds the media at <c>[start, end)</c>: the value itself when its shape says how, else the innermost
    /// enclosing part, at its end. False when no part encloses it (then it is refused: nothing is sent unscanned).
    /// </summary>
    private bool TryWithhold(JsonShape shape, int start, int end)
    {
        if (shape.Withholding is { } own)
        {
            Withhold(own, start, end, shape.MediaKind, count: 1);
            return true;
        }

        var frames = CollectionsMarshal.AsSpan(_frames);
        for (int i = frames.Length - 1; i >= 0; i--)
        {
            if (frames[i].Shape.Withholding is not null)
            {
                if (frames[i].Withheld++ == 0)
                {
                    frames[i].WithheldKind = shape.MediaKind;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces a part that held media, which has just ended at <paramref name="end"/>.</summary>
    private void WithholdPart(Frame part, int end)
    {
        _pieces.Rewind(part.PieceMark);
        _splice.Rewind(part.SpliceMark);
        Withhold(part.Shape.Withholding!, part.Start, end, part.WithheldKind, part.Withheld);
    }

    private void Withhold(MediaWithholding withholding, int start, int end, MediaKind kind, int count)
    {
        string note = MediaWithholding.Note(kind);
        withholding.WriteReplacement(note, _splice.Begin(start, end));
        _splice.End();
        if (!withholding.NotesOutside || _frames.Count == 0 || _frames[^1].IsArray)
        {
            return;
        }

        ref var holder = ref CollectionsMarshal.AsSpan(_frames)[^1];
        for (int i = 0; i < count; i++)
        {
            holder.Notes = holder.Notes is null ? note : holder.Notes + "\n" + note;
        }
    }

    /// <summary>Remembers where the member taking withheld-media notes is, when the value about to be read is it.</summary>
    private void SeeNoteField(ref Utf8JsonReader reader)
    {
        if (_frames.Count == 0)
        {
            return;
        }

        ref var top = ref CollectionsMarshal.AsSpan(_frames)[^1];
        if (top.IsArray || top.Shape.NoteField is not { } field || !string.Equals(top.Name, field, StringComparison.Ordinal))
        {
            return;
        }

        bool text = reader.TokenType == JsonTokenType.String;
        top.NoteStart = text ? (int)reader.TokenStartIndex : NoteFieldNotText;
        top.NoteEnd = text ? StringTokenEnd(ref reader) : 0;
    }

    /// <summary>
    /// Adds the notes of an object's withheld members to its note field, which ends at <paramref name="position"/>:
    /// after its text, or as a new member when it is absent. A note field that is not text (null) gets none.
    /// </summary>
    private void AddNotes(Frame holder, int position)
    {
        if (holder.NoteStart >= 0)
        {
            bool empty = holder.NoteEnd - holder.NoteStart == 2;
            _pieces.Append(_document, holder.NoteStart, holder.NoteEnd, (empty ? string.Empty : "\n\n") + holder.Notes);
        }
        else if (holder.NoteStart == NoNoteField)
        {
            var writer = _splice.Begin(position, position);
            writer.Write(","u8);
            JsonStringEscaper.WriteQuoted(holder.Shape.NoteField, writer);
            writer.Write(":"u8);
            JsonStringEscaper.WriteQuoted(holder.Notes, writer);
            _splice.End();
        }
    }
}
