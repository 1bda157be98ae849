namespace PrivacyProxy.Policy;

/// <summary>What a finding is, without where it is or its value: the input of <see cref="Policy.Decide"/>.</summary>
public readonly record struct FindingKind(string Category, string Type, string RuleId);
