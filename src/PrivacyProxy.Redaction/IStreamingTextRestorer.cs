namespace PrivacyProxy.Redaction;

/// <summary>
/// Restores one field that arrives in fragments. Holds back at most the longest placeholder prefix; for any split
/// of the input, the concatenated output of <see cref="Push"/> calls and <see cref="Flush"/> is the same.
/// </summary>
public interface IStreamingTextRestorer
{
    /// <summary>Takes the next fragment; returns the text that can be released now (possibly empty).</summary>
    string Push(string fragment);

    /// <summary>Ends the field; returns whatever was held back, restored where possible.</summary>
    string Flush();

    /// <summary>True while text is held back.</summary>
    bool HasPending { get; }
}
