namespace PrivacyProxy.Audit;

/// <summary>
/// How many requests of a team got <see cref="Action"/> under <see cref="Policy"/>, and what its shadow policy
/// would have done with them: the dashboard's view of a policy on trial.
/// </summary>
public sealed record PolicyOutcome(string? Team, string Policy, AuditAction Action, string? ShadowPolicy, AuditAction? ShadowAction, long Requests);
