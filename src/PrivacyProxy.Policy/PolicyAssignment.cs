namespace PrivacyProxy.Policy;

/// <summary>The policy enforced for a caller, and the shadow policy evaluated beside it and only reported.</summary>
public sealed record PolicyAssignment(Policy Enforced, Policy? Shadow);
