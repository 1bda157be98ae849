using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.Embeddings;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Responses;

namespace PrivacyProxy.Protocols;

/// <summary>
/// Maps a protocol name (what a route's metadata names, <c>"Metadata": {"Protocol": "openai-chat"}</c>) to its
/// <see cref="IWireProtocol"/>. <see cref="None"/> marks body-less routes (model lists) that carry no user text.
/// </summary>
public static class WireProtocolRegistry
{
    /// <summary>Protocol name of routes without a request body to scan and with nothing to restore.</summary>
    public const string None = "none";

    private static readonly Dictionary<string, IWireProtocol> Protocols = new(StringComparer.Ordinal)
    {
        [OpenAIChatProtocol.Instance.Name] = OpenAIChatProtocol.Instance,
        [OpenAICompletionsProtocol.Instance.Name] = OpenAICompletionsProtocol.Instance,
        [OpenAIResponsesProtocol.Instance.Name] = OpenAIResponsesProtocol.Instance,
        [OpenAIEmbeddingsProtocol.Instance.Name] = OpenAIEmbeddingsProtocol.Instance,
        [AnthropicMessagesProtocol.Instance.Name] = AnthropicMessagesProtocol.Instance,
        [AnthropicCountTokensProtocol.Instance.Name] = AnthropicCountTokensProtocol.Instance,
        [OllamaChatProtocol.Instance.Name] = OllamaChatProtocol.Instance,
        [OllamaGenerateProtocol.Instance.Name] = OllamaGenerateProtocol.Instance,
        [OllamaEmbedProtocol.Instance.Name] = OllamaEmbedProtocol.Instance,
        [OllamaShowProtocol.Instance.Name] = OllamaShowProtocol.Instance,

        // One upload protocol, two error envelopes: the name picks the one the route's clients understand.
        ["file-upload"] = FileUploadProtocol.OpenAI,
        ["anthropic-file-upload"] = FileUploadProtocol.Anthropic,
    };

    /// <summary>Every name a route may use.</summary>
    public static IEnumerable<string> Names => Protocols.Keys.Append(None);

    /// <summary>
    /// Resolves a name: true with a protocol for scrubbed routes, true with null for <see cref="None"/>, false when unknown.
    /// </summary>
    public static bool TryResolve(string? name, out IWireProtocol? protocol)
    {
        protocol = null;
        if (name == None)
        {
            return true;
        }

        return name is not null && Protocols.TryGetValue(name, out protocol);
    }
}
