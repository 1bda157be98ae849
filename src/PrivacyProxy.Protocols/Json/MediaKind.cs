namespace PrivacyProxy.Protocols.Json;

/// <summary>What an inline media field holds; it names the content in the note left where it was withheld.</summary>
internal enum MediaKind
{
    /// <summary>An image (OpenAI <c>image_url</c>, Responses <c>input_image</c>, Anthropic <c>image</c>, Ollama <c>images</c>).</summary>
    Image,

    /// <summary>Audio data (<c>input_audio</c>).</summary>
    Audio,

    /// <summary>File data: a PDF or other document (<c>file_data</c>, Anthropic <c>document</c>).</summary>
    File,
}
