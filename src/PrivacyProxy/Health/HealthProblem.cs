namespace PrivacyProxy.Health;

/// <summary>
/// One reason the proxy is degraded, as <c>/healthz</c> lists it: the file (a rule pack, or the configuration source
/// of a policy key), the rule id or configuration key when there is one, and what is wrong. Never holds a value.
/// </summary>
internal sealed record HealthProblem(string File, string? Rule, string Problem);
