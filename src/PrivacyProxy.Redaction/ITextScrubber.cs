namespace PrivacyProxy.Redaction;

/// <summary>Replaces sensitive values in one text field with placeholders, for one request.</summary>
public interface ITextScrubber
{
    /// <summary>Returns <paramref name="text"/> with every finding replaced by its placeholder.</summary>
    string Scrub(string text);

    /// <summary>
    /// Scrubs adjacent pieces of one request in document order, returning one result per piece. A value that
    /// straddles a boundary between pieces must be replaced in every piece it touches; this default scrubs each
    /// piece alone, for scrubbers that cannot see across pieces.
    /// </summary>
    IReadOnlyList<string> ScrubPieces(IReadOnlyList<string> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var scrubbed = new string[pieces.Count];
        for (int i = 0; i < pieces.Count; i++)
        {
            scrubbed[i] = Scrub(pieces[i]);
        }

        return scrubbed;
    }
}
