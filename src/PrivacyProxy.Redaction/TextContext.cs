namespace PrivacyProxy.Redaction;

/// <summary>Where a restored value lands, which decides how it is escaped.</summary>
public enum TextContext
{
    /// <summary>Plain text (message content, reasoning): the value goes in as it was.</summary>
    Plain,

    /// <summary>
    /// Inside a JSON string of a JSON document carried as text (tool-call arguments, partial_json):
    /// the value is JSON-string-escaped without quotes, so the document stays valid.
    /// </summary>
    JsonString,
}
