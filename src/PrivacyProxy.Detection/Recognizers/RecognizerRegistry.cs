using System.Collections.Frozen;

namespace PrivacyProxy.Detection.Recognizers;

/// <summary>The recognizers rules may name in their "recognizer" field, looked up by name when packs load.</summary>
internal static class RecognizerRegistry
{
    private static readonly FrozenDictionary<string, Func<IRecognizer>> Factories =
        new Dictionary<string, Func<IRecognizer>>(StringComparer.Ordinal)
        {
            [PhoneNumberRecognizer.Name] = static () => new PhoneNumberRecognizer(),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Names => Factories.Keys;

    public static bool TryCreate(string name, out IRecognizer? recognizer)
    {
        recognizer = Factories.TryGetValue(name, out var factory) ? factory() : null;
        return recognizer is not null;
    }
}
