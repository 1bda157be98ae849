namespace PrivacyProxy.Redaction;

/// <summary>Replaces sensitive values in one text field with placeholders, for one request.</summary>
public interface ITextScrubber
{
    /// <summary>Returns <paramref name="text"/> with every finding replaced by its placeholder.</summary>
    string Scrub(string text);
}
