namespace PrivacyProxy.Hosting;

/// <summary>
/// The company's own model server behind the <c>local</c> cluster (Ollama, vLLM, llama.cpp, LM Studio): the path
/// it serves for each protocol a request may be routed from (<c>PrivacyProxy:Local:Paths:&lt;protocol&gt;</c>; an
/// empty value means it cannot take that protocol), and the key it wants, if any.
/// </summary>
internal sealed class LocalUpstreamOptions
{
    /// <summary>The model-name key of <see cref="PrivacyProxyOptions.LocalModels"/> used for hosted models without their own entry.</summary>
    public const string DefaultModelKey = "Default";

    /// <summary>
    /// Protocol name to local path. The defaults are what Ollama serves (OpenAI-compatible chat, completions,
    /// embeddings and Responses, and Anthropic messages); vLLM and llama.cpp serve the OpenAI ones.
    /// </summary>
    public Dictionary<string, string> Paths { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["openai-chat"] = "/v1/chat/completions",
        ["openai-completions"] = "/v1/completions",
        ["openai-embeddings"] = "/v1/embeddings",
        ["openai-responses"] = "/v1/responses",
        ["anthropic-messages"] = "/v1/messages",
    };

    /// <summary>Bearer key for the local server; empty sends none (the hosted key never goes there).</summary>
    public string? ApiKey { get; set; }
}
