namespace PrivacyProxy.Detection.Tests.Normalization;

/// <summary>
/// A fake sensitive value in its sentence, and which disguises apply to it: <see cref="Key"/> values take
/// look-alike and mathematical letters, <see cref="Wraps"/> values may be wrapped over lines, <see cref="Grouped"/>
/// values have separators that may become other space or dash characters.
/// </summary>
internal sealed record PlantedValue(string Kind, string Before, string Value, string After, bool Key, bool Grouped, bool Wraps = false);
