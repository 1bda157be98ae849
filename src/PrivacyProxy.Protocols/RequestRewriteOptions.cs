namespace PrivacyProxy.Protocols;

/// <summary>Per-request choices the host makes for <see cref="IWireProtocol.RewriteRequest"/>.</summary>
public sealed record RequestRewriteOptions
{
    /// <summary>Options with no user id and unreadable media refused.</summary>
    public static RequestRewriteOptions Default { get; } = new();

    /// <summary>
    /// The keyed hash to send as the protocol's user-isolation id (DeepSeek <c>user_id</c>). A client-supplied id is
    /// always replaced by this value, or removed when this is null. Must match <c>[A-Za-z0-9_-]{1,512}</c>.
    /// </summary>
    public string? UserId { get; init; }

    /// <summary>What to do with images, audio and file data, and token ids, that cannot be scanned (default: refuse).</summary>
    public MediaHandling Media { get; init; }

    /// <summary>
    /// Maps a device or session identifier the client put in the body (Codex <c>client_metadata</c> and
    /// <c>prompt_cache_key</c>, OpenAI <c>user</c>, <c>safety_identifier</c>, <c>metadata</c> values) to the value
    /// sent instead: a keyed hash, stable per caller so caching and session semantics survive, never the device's
    /// own id. When null, such values are scanned like text.
    /// </summary>
    public Func<string, string>? HashIdentifier { get; init; }
}
