namespace PrivacyProxy.Pipeline;

/// <summary>Stage 2's output: who is calling. Both values are configuration names, safe to log and audit.</summary>
/// <param name="Id">The client key id, or <see cref="AnonymousId"/>.</param>
/// <param name="Team">The caller's team (from its key or its source network); null: the default policy applies.</param>
internal sealed record Caller(string Id, string? Team)
{
    /// <summary>The id of callers that did not present a client key.</summary>
    public const string AnonymousId = "anonymous";

    /// <summary>A caller without key or team.</summary>
    public static Caller Anonymous { get; } = new(AnonymousId, null);
}
