namespace PrivacyProxy.Redaction;

/// <summary>Puts original values back in place of the placeholders this request issued.</summary>
public interface ITextRestorer
{
    /// <summary>Restores a whole text at once (non-streaming responses).</summary>
    string Restore(string text, TextContext context);

    /// <summary>Starts restoring one field that arrives in fragments (one per choice/block and field).</summary>
    IStreamingTextRestorer BeginStream(TextContext context);
}
