using System.Text;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// The texts of one request body in document order, with where each result goes back, so they can be scrubbed in
/// one call that also sees across their boundaries (<see cref="ITextScrubber.ScrubPieces"/>, issue 7, item 5).
/// A string holding a JSON document is its own document here: its texts are pieces too, and its rewritten text
/// replaces the string in the document around it.
/// </summary>
internal sealed class TextPieces
{
    /// <summary>Index of the request body itself.</summary>
    public const int Root = 0;

    private readonly List<string> _texts = [];
    private readonly List<Slot> _slots = [];
    private readonly List<Document> _documents = [new(null, new JsonSplice(), -1, 0, 0, -1)];

    /// <summary>The edits of document <paramref name="document"/>.</summary>
    public JsonSplice SpliceOf(int document) => _documents[document].Splice;

    /// <summary>Adds a text to scan; returns its piece index.</summary>
    public int Add(string text)
    {
        _texts.Add(text);
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

    /// <summary>Scrubs every piece and returns the body with the results spliced in (the input when nothing changed).</summary>
    public byte[] Resolve(ReadOnlySpan<byte> body, ITextScrubber scrubber)
    {
        IReadOnlyList<string> scrubbed = _texts.Count == 0 ? [] : scrubber.ScrubPieces(_texts);
        foreach (var slot in _slots)
        {
            string? result = Changed(scrubbed, slot.View) ?? Changed(scrubbed, slot.Raw);
            if (result is not null)
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
            if (!document.Splice.IsEmpty)
            {
                parent.ReplaceWithString(document.Start, document.End, Encoding.UTF8.GetString(document.Splice.Apply(document.Utf8)));
            }
            else if (Changed(scrubbed, document.Raw) is { } text)
            {
                parent.ReplaceWithString(document.Start, document.End, text);
            }
        }

        var root = _documents[Root].Splice;
        return root.IsEmpty ? body.ToArray() : root.Apply(body);
    }

    private string? Changed(IReadOnlyList<string> scrubbed, int piece) =>
        piece >= 0 && !string.Equals(scrubbed[piece], _texts[piece], StringComparison.Ordinal) ? scrubbed[piece] : null;

    private readonly record struct Slot(int Document, int Start, int End, int Raw, int View);

    private sealed record Document(byte[]? Utf8, JsonSplice Splice, int Parent, int Start, int End, int Raw);
}
