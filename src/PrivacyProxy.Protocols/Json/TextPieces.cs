using System.Text;
using System.Text.RegularExpressions;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// The texts of one request body in document order, with where each result goes back, so they can be scrubbed in
/// one call that also sees across their boundaries (<see cref="ITextScrubber.ScrubPieces"/>, issue 7, item 5).
/// A string holding a JSON document is its own document here: its texts are pieces too, and its rewritten text
/// replaces the string in the document around it. Only the body's own texts are joined at their boundaries: inside
/// an embedded document, keys and values are separate by syntax, and the whole document is scanned as one text
/// anyway, which keeps a key as the cue of its value.
/// </summary>
internal sealed partial class TextPieces
{
    /// <summary>Index of the request body itself.</summary>
    public const int Root = 0;

    private readonly List<string> _texts = [];
    private readonly List<int> _textDocuments = [];
    private readonly List<Slot> _slots = [];
    private readonly List<Document> _documents = [new(null, new JsonSplice(), -1, 0, 0, -1)];
    private readonly List<Suffix> _suffixes = [];

    /// <summary>The edits of document <paramref name="document"/>.</summary>
    public JsonSplice SpliceOf(int document) => _documents[document].Splice;

    /// <summary>Adds a text of document <paramref name="document"/> to scan; returns its piece index.</summary>
    public int Add(int document, string text)
    {
        _texts.Add(text);
        _textDocuments.Add(document);
        return _texts.Count - 1;
    }

    /// <summary>
    /// Records that the token at <c>[start, end)</c> of <paramref name="document"/> is scanned as piece
    /// <paramref name="raw"/> and, when <paramref name="view"/> is not -1, also as that decoded view, whose result wins
    /// when it changed (the view holds what the raw form hid).
    /// </summary>
    public void Token(int document, int start, int end, int raw, int view = -1) =>
        _slots.Add(new Slot(document, start, end, raw, view));

    /// <summary>
    /// Adds the document held by the string token at <c>[start, end)</c> of <paramref name="parent"/>, whose raw
    /// text is piece <paramref name="raw"/>; returns the new document's index.
    /// </summary>
    public int AddDocument(byte[] utf8, int parent, int start, int end, int raw)
    {
        _documents.Add(new Document(utf8, new JsonSplice(), parent, start, end, raw));
        return _documents.Count - 1;
    }

    /// <summary>
    /// Records that the string token at <c>[start, end)</c> of <paramref name="document"/>, collected as text (a
    /// <see cref="Token"/> or a document), leaves with <paramref name="text"/> appended after it is scrubbed (the note
    /// of media withheld beside it). The appended text is fixed by the proxy and is not scanned.
    /// </summary>
    public void Append(int document, int start, int end, string text) =>
        _suffixes.Add(new Suffix(document, start, end, text));

    /// <summary>A point to <see cref="Rewind"/> to: what has been collected so far.</summary>
    public Checkpoint Mark() => new(_texts.Count, _slots.Count, _documents.Count, _suffixes.Count);

    /// <summary>Forgets everything collected since <paramref name="mark"/>: the texts of a region that will not leave.</summary>
    public void Rewind(Checkpoint mark)
    {
        _texts.RemoveRange(mark.Texts, _texts.Count - mark.Texts);
        _textDocuments.RemoveRange(mark.Texts, _textDocuments.Count - mark.Texts);
        _slots.RemoveRange(mark.Slots, _slots.Count - mark.Slots);
        _documents.RemoveRange(mark.Documents, _documents.Count - mark.Documents);
        _suffixes.RemoveRange(mark.Suffixes, _suffixes.Count - mark.Suffixes);
    }

    /// <summary>Scrubs every piece and returns the body with the results spliced in (the input when nothing changed).</summary>
    public byte[] Resolve(ReadOnlySpan<byte> body, ITextScrubber scrubber)
    {
        IReadOnlyList<string> scrubbed = ScrubAll(scrubber);
        var suffixes = _suffixes.Count == 0 ? null : _suffixes.ToDictionary(static s => (s.Document, s.Start));
        foreach (var slot in _slots)
        {
            string? result = Changed(scrubbed, slot.View) ?? Changed(scrubbed, slot.Raw);
            if (suffixes is not null && suffixes.Remove((slot.Document, slot.Start), out var suffix))
            {
                WriteWithSuffix(suffix, result);
            }
            else if (result is not null)
            {
                // A number token that held a finding leaves as a string: a number cannot carry a placeholder.
                _documents[slot.Document].Splice.ReplaceWithString(slot.Start, slot.End, result);
            }
        }

        // Documents are added after the document holding them, so going backwards finishes the inner ones first.
        for (int i = _documents.Count - 1; i > Root; i--)
        {
            var document = _documents[i];
            var parent = _documents[document.Parent].Splice;
            string? whole = Changed(scrubbed, document.Raw);
            string? walked = document.Splice.IsEmpty ? null : Encoding.UTF8.GetString(document.Splice.Apply(document.Utf8));
            string? text = Choose(whole, walked);
            if (suffixes is not null && suffixes.Remove((document.Parent, document.Start), out var suffix))
            {
                WriteWithSuffix(suffix, text);
            }
            else if (text is not null)
            {
                parent.ReplaceWithString(document.Start, document.End, text);
            }
        }

        var root = _documents[Root].Splice;
        return root.IsEmpty ? body.ToArray() : root.Apply(body);
    }

    /// <summary>
    /// The body's own texts scrubbed in one call that sees across their boundaries, then each text of an embedded
    /// document alone (their values were already numbered by the document's whole-text piece in the body's call).
    /// </summary>
    private string[] ScrubAll(ITextScrubber scrubber)
    {
        var result = new string[_texts.Count];
        var body = new List<string>(_texts.Count);
        var bodyIndexes = new List<int>(_texts.Count);
        for (int i = 0; i < _texts.Count; i++)
        {
            if (_textDocuments[i] == Root)
            {
                body.Add(_texts[i]);
                bodyIndexes.Add(i);
            }
        }

        IReadOnlyList<string> scrubbedBody = body.Count == 0 ? [] : scrubber.ScrubPieces(body);
        for (int i = 0; i < bodyIndexes.Count; i++)
        {
            result[bodyIndexes[i]] = scrubbedBody[i];
        }

        for (int i = 0; i < _texts.Count; i++)
        {
            result[i] ??= scrubber.Scrub(_texts[i]);
        }

        return result;
    }

    /// <summary>
    /// What an embedded document leaves as: the document read as one text (<paramref name="whole"/>) saw each key
    /// beside its value (a password after "password"), the walk (<paramref name="walked"/>) saw each value decoded
    /// and numbers as digits. The walk's result keeps the document valid, so it leaves when it caught everything;
    /// otherwise the whole text does when it caught everything the walk did (privacy before validity: a number that
    /// held a value may then leave as a bare placeholder). When each caught something the other missed, neither is
    /// safe to send.
    /// </summary>
    private static string? Choose(string? whole, string? walked)
    {
        if (whole is null || walked is null)
        {
            return walked ?? whole;
        }

        if (Covers(walked, whole))
        {
            return walked;
        }

        if (Covers(whole, walked))
        {
            return whole;
        }

        throw new ProtocolException(
            400, ProtocolErrorCodes.InvalidRequest, "A JSON document inside a request string could not be scrubbed consistently; nothing was forwarded.");
    }

    /// <summary>True when every placeholder in <paramref name="walked"/> is also in <paramref name="whole"/>.</summary>
    private static bool Covers(string whole, string walked)
    {
        foreach (Match placeholder in IssuedPlaceholder().Matches(walked))
        {
            if (!whole.Contains(placeholder.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\[\[[A-Z][A-Z0-9_]*_[0-9]+\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedPlaceholder();

    /// <summary>
    /// Writes a token with its suffix: the scrubbed value and the suffix when the value changed, else the suffix
    /// inserted before the closing quote, which keeps the value's own bytes as the client wrote them.
    /// </summary>
    private void WriteWithSuffix(Suffix suffix, string? scrubbed)
    {
        var splice = _documents[suffix.Document].Splice;
        if (scrubbed is not null)
        {
            splice.ReplaceWithString(suffix.Start, suffix.End, scrubbed + suffix.Text);
            return;
        }

        JsonStringEscaper.WriteEscaped(suffix.Text, splice.Begin(suffix.End - 1, suffix.End - 1));
        splice.End();
    }

    private string? Changed(IReadOnlyList<string> scrubbed, int piece) =>
        piece >= 0 && !string.Equals(scrubbed[piece], _texts[piece], StringComparison.Ordinal) ? scrubbed[piece] : null;

    /// <summary>How much <see cref="TextPieces"/> had collected at one point of the walk.</summary>
    public readonly record struct Checkpoint(int Texts, int Slots, int Documents, int Suffixes);

    private readonly record struct Suffix(int Document, int Start, int End, string Text);

    private readonly record struct Slot(int Document, int Start, int End, int Raw, int View);

    private sealed record Document(byte[]? Utf8, JsonSplice Splice, int Parent, int Start, int End, int Raw);
}
