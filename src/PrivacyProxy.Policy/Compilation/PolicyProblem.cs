namespace PrivacyProxy.Policy;

/// <summary>
/// One thing wrong with the policy configuration: the configuration key (for example
/// <c>PrivacyProxy:Policies:strict:Actions:SECRETS</c>) and what is wrong. Never holds a term's value.
/// </summary>
public sealed record PolicyProblem(string Key, string Problem);
