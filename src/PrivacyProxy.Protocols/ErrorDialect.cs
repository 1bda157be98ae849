namespace PrivacyProxy.Protocols;

/// <summary>The error envelope a client of a protocol understands.</summary>
public enum ErrorDialect
{
    /// <summary><c>{"error":{"message","type","param","code"}}</c> (OpenAI and DeepSeek OpenAI-format paths).</summary>
    OpenAI,

    /// <summary><c>{"type":"error","error":{"type","message"}}</c> (Anthropic paths).</summary>
    Anthropic,

    /// <summary><c>{"error":"..."}</c> (Ollama native paths).</summary>
    Ollama,
}
