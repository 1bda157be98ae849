namespace PrivacyProxy.Protocols.Json;

/// <summary>What a scalar value at a known position in a request body is, which decides how it is scrubbed.</summary>
internal enum FieldRole
{
    /// <summary>User-controlled text: scanned, and walked as a document when it holds JSON.</summary>
    Text,

    /// <summary>Protocol vocabulary chosen by the client software: passes when it fits its <see cref="FieldGrammar"/>, else scanned or refused.</summary>
    Vocabulary,

    /// <summary>An image, audio or file payload: http(s) URLs are scanned, inline data cannot be (refused, stripped or forwarded).</summary>
    Media,

    /// <summary>Token ids (completions <c>prompt</c>, Ollama <c>context</c>): numbers cannot be scanned, so they are refused unless media is forwarded; strings are text.</summary>
    TokenIds,

    /// <summary>
    /// An id or name chosen by software (<c>tool_call_id</c>, <c>call_id</c>, <c>model</c>): scanned alone, not joined
    /// with neighbouring text, so a value straddling a neighbour can never change one side of a call/result pair.
    /// </summary>
    Label,

    /// <summary>A client's device or session identifier: replaced by the proxy's keyed hash of it (issue 7, item 9).</summary>
    Identifier,
}
