using System.Text.RegularExpressions;

namespace PrivacyProxy.Detection.Resolution;

/// <summary>One allow.json entry: the pattern, what it protects, and example values it must allow.</summary>
internal sealed record AllowEntry(Regex Regex, string Protects, IReadOnlyList<string> Examples);
