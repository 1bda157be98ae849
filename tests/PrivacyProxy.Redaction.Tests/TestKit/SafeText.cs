using Xunit.Sdk;

namespace PrivacyProxy.Redaction.Tests.TestKit;

/// <summary>Text equality that prints planted values masked when it fails, so no fake secret reaches test output.</summary>
internal static class SafeText
{
    public static void ShouldEqualMasked(this string? actual, string expected, string because = "")
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new XunitException(
                $"Expected text {PlantedValues.Mask(expected)} but found {PlantedValues.Mask(actual)} {because}".TrimEnd());
        }
    }
}
