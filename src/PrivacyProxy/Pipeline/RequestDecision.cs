namespace PrivacyProxy.Pipeline;

/// <summary>Stage 4's output: what the policy decided for this request.</summary>
/// <param name="Upstream">Where the request goes.</param>
internal sealed record RequestDecision(Upstream Upstream);
