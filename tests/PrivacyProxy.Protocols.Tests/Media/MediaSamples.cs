using System.Text;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Media;

/// <summary>
/// Inline media payloads for request templates (<c>{PNG}</c>, <c>{PDF}</c>, <c>{WAV}</c>, beside the planted-value
/// markers of <see cref="Secrets.Fill"/>), the notes a stripped part leaves, and the JSON protocols by name.
/// </summary>
internal static class MediaSamples
{
    public const string ImageNote = "[image withheld by PrivacyProxy]";
    public const string AudioNote = "[audio withheld by PrivacyProxy]";
    public const string FileNote = "[file withheld by PrivacyProxy]";

    public const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    // A PDF whose text (an email address) sits where only a PDF reader would find it.
    public static readonly string Pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Author ({Secrets.Email}) >> endobj\n"));

    public static readonly string Wav = Convert.ToBase64String([.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0]);

    public static readonly string[] Payloads = [Png, Pdf, Wav];

    /// <summary>The JSON protocols that carry inline media in messages.</summary>
    public static IWireProtocol Protocol(string name) => name switch
    {
        "openai-chat" => OpenAIChatProtocol.Instance,
        "openai-responses" => OpenAIResponsesProtocol.Instance,
        "anthropic-messages" => AnthropicMessagesProtocol.Instance,
        "ollama-chat" => OllamaChatProtocol.Instance,
        "ollama-generate" => OllamaGenerateProtocol.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such protocol in these tests"),
    };

    public static string Fill(string template) => Secrets.Fill(template)
        .Replace("{PNG}", Png, StringComparison.Ordinal)
        .Replace("{PDF}", Pdf, StringComparison.Ordinal)
        .Replace("{WAV}", Wav, StringComparison.Ordinal);

    public static RequestRewriteOptions Options(MediaHandling media) => new() { Media = media };

    public static string Rewrite(string protocol, string body, MediaHandling media, ITextScrubber? scrubber = null) =>
        Encoding.UTF8.GetString(Protocol(protocol).RewriteRequest(Encoding.UTF8.GetBytes(body), scrubber ?? Secrets.Scrubber(), Options(media)));

    public static ProtocolException Refusal(string protocol, string body, MediaHandling media)
    {
        var act = () => Rewrite(protocol, body, media);
        return act.Should().Throw<ProtocolException>().Which;
    }
}
