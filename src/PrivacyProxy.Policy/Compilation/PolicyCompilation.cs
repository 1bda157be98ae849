namespace PrivacyProxy.Policy;

/// <summary>The compiled set, or null with every problem found; <see cref="Problems"/> is empty on success.</summary>
public sealed record PolicyCompilation(PolicySet? PolicySet, IReadOnlyList<PolicyProblem> Problems);
