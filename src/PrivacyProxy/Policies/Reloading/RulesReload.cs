using PrivacyProxy.Health;

namespace PrivacyProxy.Policies.Reloading;

/// <summary>The outcome of one reload: the new snapshot, or every problem that kept the last good one.</summary>
/// <param name="Rules">The snapshot to swap in; null when a problem was found.</param>
/// <param name="Problems">Empty on success.</param>
/// <param name="RulesDirectory">The rules directory the new configuration names (the one to watch from now on).</param>
/// <param name="PolicyCount">How many policies the new configuration defines.</param>
internal sealed record RulesReload(ActiveRules? Rules, IReadOnlyList<HealthProblem> Problems, string? RulesDirectory, int PolicyCount = 0);
