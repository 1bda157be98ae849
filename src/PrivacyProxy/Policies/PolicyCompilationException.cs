using PrivacyProxy.Policy;

namespace PrivacyProxy.Policies;

/// <summary>The configured policies do not compile; the message lists every problem by configuration key.</summary>
internal sealed class PolicyCompilationException(IReadOnlyList<PolicyProblem> problems)
    : Exception("The policy configuration is invalid: " + string.Join("; ", problems.Select(p => $"{p.Key} {p.Problem}")))
{
    public IReadOnlyList<PolicyProblem> Problems { get; } = problems;
}
