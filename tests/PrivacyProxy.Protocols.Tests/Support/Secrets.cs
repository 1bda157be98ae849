using PrivacyProxy.Protocols.Tests.Fakes;

namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>Fake planted values (test card numbers, made-up keys), treated as if real: never printed.</summary>
internal static class Secrets
{
    public const string Email = "alice@example.com";
    public const string ApiKey = "sk-live-51HxQ2eZvKYlo2C0aIiXyZ";
    public const string Card = "4111111111111111";
    public const string Person = "Alice O'Neil";

    public static readonly string[] All = [Email, ApiKey, Card, Person];

    public static FakeScrubber Scrubber() =>
        new((Email, "EMAIL"), (ApiKey, "API_KEY"), (Card, "CREDIT_CARD"), (Person, "PERSON"));

    /// <summary>
    /// Puts planted values into a test-data template (<c>{EMAIL}</c>, <c>{KEY}</c>, <c>{CARD}</c>), so theory
    /// arguments shown in test names never carry them.
    /// </summary>
    public static string Fill(string template) => template
        .Replace("{EMAIL}", Email, StringComparison.Ordinal)
        .Replace("{KEY}", ApiKey, StringComparison.Ordinal)
        .Replace("{CARD}", Card, StringComparison.Ordinal);

    public static bool AnyIn(string text) => All.Any(s => text.Contains(s, StringComparison.Ordinal));
}
