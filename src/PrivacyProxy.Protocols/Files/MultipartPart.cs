namespace PrivacyProxy.Protocols.Files;

/// <summary>One part of a parsed <c>multipart/form-data</c> body: its scanned header values and where its content lies.</summary>
internal sealed class MultipartPart
{
    /// <summary>Position of the part in the body, from 0.</summary>
    public int Index { get; init; }

    /// <summary>The <c>name</c> parameter of Content-Disposition.</summary>
    public HeaderValue Name { get; set; }

    /// <summary>The <c>filename</c> parameter; present for file parts only.</summary>
    public HeaderValue? FileName { get; set; }

    /// <summary>The <c>filename*</c> parameter (RFC 8187), which .NET clients send beside <c>filename</c>.</summary>
    public HeaderValue? FileNameExtended { get; set; }

    /// <summary>The pieces of an RFC 2231 continued file name (<c>filename*0</c>, <c>filename*1*</c>, …), if any.</summary>
    public List<ParameterSegment> FileNameSegments { get; } = [];

    /// <summary>The reassembled text of <see cref="FileNameSegments"/>; null without them.</summary>
    public string? FileNameContinued { get; set; }

    /// <summary>Other header text that is forwarded and so scanned (the part's Content-Type value).</summary>
    public List<HeaderValue> Extras { get; } = [];

    /// <summary>
    /// Byte ranges that are not forwarded: header lines and Content-Disposition parameters the files APIs do not
    /// define (their names could carry text no placeholder can stand in for).
    /// </summary>
    public List<(int Start, int End)> Removals { get; } = [];

    /// <summary>The Content-Type header value; null when absent (RFC 7578: then <c>text/plain</c>).</summary>
    public string? ContentType { get; set; }

    /// <summary>The value of a per-part Content-Length header (some HTTP clients send one), to update when the content changes.</summary>
    public HeaderValue? ContentLength { get; set; }

    /// <summary>Offset of the first content byte.</summary>
    public int BodyStart { get; set; }

    /// <summary>Offset just after the last content byte.</summary>
    public int BodyEnd { get; set; }

    /// <summary>True for a file part (one with a <c>filename</c> or <c>filename*</c>).</summary>
    public bool IsFile => FileName is not null || FileNameExtended is not null || FileNameContinued is not null;

    /// <summary>The decoded file name, for its extension.</summary>
    public string? FileNameText => FileName?.Text ?? FileNameExtended?.Text ?? FileNameContinued;
}
