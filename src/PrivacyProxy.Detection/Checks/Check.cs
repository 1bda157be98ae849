namespace PrivacyProxy.Detection.Checks;

/// <summary>A named validator a rule applies to a matched value: true when the value passes.</summary>
internal delegate bool Check(ReadOnlySpan<char> value);
