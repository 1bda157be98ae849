namespace PrivacyProxy.Policy.Dictionaries;

/// <summary>One whole-word occurrence of a term: its UTF-16 span (<see cref="End"/> exclusive) and the label of its list.</summary>
internal readonly record struct TermMatch(int Start, int End, int Label);
