namespace PrivacyProxy.Detection.Recognizers;

/// <summary>
/// A slower, more accurate confirmation a rule can name in its "recognizer" field. Runs only on values its
/// rule's regex already matched, with a little of the text around them.
/// </summary>
internal interface IRecognizer
{
    /// <summary>True when the value at [<paramref name="start"/>, <paramref name="end"/>) is what the recognizer recognises.</summary>
    bool Confirms(string text, int start, int end);
}
