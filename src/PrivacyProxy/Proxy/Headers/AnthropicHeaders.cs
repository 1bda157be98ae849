using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Proxy.Headers;

/// <summary>
/// <c>anthropic-version</c> (one date) and <c>anthropic-beta</c> (a comma list of feature flags such as
/// <c>interleaved-thinking-2025-05-14</c> or <c>claude-code-20250219</c>). Only flag-shaped names pass: lower-case
/// words, each with a letter (so no digit runs), ending in a plausible date; a flag the detector still finds
/// something in is dropped as well. New flags appear with every client release, so the shape is checked, not a list.
/// </summary>
internal static partial class AnthropicHeaders
{
    public const string Version = "anthropic-version";
    public const string Beta = "anthropic-beta";

    private const int MaxFlagLength = 64;
    private const int MaxWords = 6;
    private const int MaxWordLength = 20;

    /// <summary>The anthropic-version to forward, or null.</summary>
    public static string? ForwardableVersion(StringValues values) =>
        values.Count == 1 && values[0] is { Length: 10 } value && IsDate(value) ? value : null;

    /// <summary>The anthropic-beta to forward, or null.</summary>
    public static string? ForwardableBeta(StringValues values, IDetector detector) =>
        HeaderList.Filter(values, flag => IsFlag(flag) && detector.Detect(flag.Replace('-', ' ')).Count == 0, ",");

    private static bool IsFlag(string flag)
    {
        var match = flag.Length <= MaxFlagLength ? Flag().Match(flag) : Match.Empty;
        if (!match.Success || !IsDate(match.Groups["date"].Value))
        {
            return false;
        }

        var words = match.Groups["words"].Value.Split('-');
        if (words.Length > MaxWords)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Length > MaxWordLength || !word.AsSpan().ContainsAnyInRange('a', 'z'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDate(string text) =>
        (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
         DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) &&
        date.Year is >= 2023 and <= 2099 &&
        (text.Length == 8 || text.Length == 10);

    [GeneratedRegex(@"^(?<words>[a-z0-9]+(?:-[a-z0-9]+)*)-(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex Flag();
}
