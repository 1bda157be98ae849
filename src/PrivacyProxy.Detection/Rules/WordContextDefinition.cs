namespace PrivacyProxy.Detection.Rules;

/// <summary>A rule's "context" or "exclude" block as written in the pack: words searched near the value.</summary>
internal sealed record WordContextDefinition(IReadOnlyList<string> Words, int Before, int After, bool Required);
