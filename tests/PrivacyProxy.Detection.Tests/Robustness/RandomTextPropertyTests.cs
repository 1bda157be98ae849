using CsCheck;

namespace PrivacyProxy.Detection.Tests.Robustness;

/// <summary>Property: on any text, the shipped detector's spans are inside the text, sorted and non-overlapping.</summary>
public sealed class RandomTextPropertyTests
{
    // Fragments that start rules (anchors, digits, separators, keywords) mixed with noise and broken UTF-16.
    private static readonly string[] Fragments =
    [
        "@", ".", ":", "::", "-", "+", " ", "\n", "\"", "'", "=", "/", "0", "1", "4", "9", "12", "255", "4111", "555",
        "a", "Z", "AB", "GB", "DE", "xx", "ssn", "card", "password", "key", "token", "secret", "phone", "eyJ", "sk-",
        "ghp_", "AKIA", "-----BEGIN", "://", "\0", "\ud800", "\udc00", "\u00e9", "\u0906\u0927\u093e\u0930", "${", "}",
        "com", "io", "example", "x9", "::ffff:", "%", "(", ")",
    ];

    [Fact]
    public void Detect_RandomFragments_KeepsSpanInvariants()
    {
        var texts = Gen.Int[0, Fragments.Length - 1].Array[0, 300].Select(ix => string.Concat(ix.Select(i => Fragments[i])));

        texts.Sample(text => SpanInvariants.Hold(text, ShippedRules.Detector.Detect(text)), iter: 400, print: t => $"(text of {t.Length} chars)");
    }

    [Fact]
    public void Detect_RandomCharacters_KeepsSpanInvariants()
    {
        Gen.String[0, 2000].Sample(text => SpanInvariants.Hold(text, ShippedRules.Detector.Detect(text)), iter: 300, print: t => $"(text of {t.Length} chars)");
    }
}
