namespace PrivacyProxy.Protocols.Files;

/// <summary>The refusals of the upload parser and scrubber; messages name parts by position, never by content.</summary>
internal static class MultipartErrors
{
    /// <summary>A malformed body (400).</summary>
    public static ProtocolException Malformed(string message) =>
        new(400, ProtocolErrorCodes.InvalidRequest, "The multipart/form-data upload is malformed: " + message);

    /// <summary>A malformed part (400), named by its 1-based position.</summary>
    public static ProtocolException MalformedPart(int index, string message) =>
        Malformed($"part {index + 1}: {message}");

    /// <summary>A Content-Type the upload routes do not accept (415).</summary>
    public static ProtocolException NotMultipart() => new(
        415,
        ProtocolErrorCodes.UnsupportedMediaType,
        "This route accepts only 'multipart/form-data' uploads with a boundary parameter.");

    /// <summary>A part the scanner cannot read (415); under <see cref="MediaHandling.Strip"/> the message says why it is not stripped.</summary>
    public static ProtocolException Unscannable(string partLabel, string kind, MediaHandling media) => new(
        415,
        ProtocolErrorCodes.UnscannableContent,
        $"The upload {partLabel} is {kind}, which cannot be scanned for sensitive data" +
        (media == MediaHandling.Strip ? " and is not withheld either, as its content is all the upload has" : string.Empty) +
        ", so the upload was not forwarded. " +
        "Upload UTF-8 text files (plain text, Markdown, CSV, JSON, source code), or ask the proxy administrator to allow unscanned media.");
}
