using System.Text.RegularExpressions;

namespace PrivacyProxy.Proxy.Headers;

/// <summary>
/// <c>Accept</c>: the media ranges the proxied APIs answer in, each with at most a <c>q</c> weight and a UTF-8
/// <c>charset</c>. A range outside the list (<c>text/&lt;anything&gt;</c>) could carry caller text, so it is dropped;
/// upstreams answer JSON or an event stream by the body's <c>stream</c> flag, not by Accept.
/// </summary>
internal static partial class AcceptHeader
{
    private static readonly HashSet<string> KnownRanges = new(StringComparer.OrdinalIgnoreCase)
    {
        "*/*", "application/*", "text/*", "application/json", "text/event-stream", "application/x-ndjson",
        "application/ndjson", "application/problem+json", "text/plain",
    };

    /// <summary>The Accept value to forward, or null.</summary>
    public static string? Forwardable(Microsoft.Extensions.Primitives.StringValues values) =>
        HeaderList.Filter(values, IsValidElement, ", ");

    private static bool IsValidElement(string element)
    {
        var parts = element.Split(';');
        if (!KnownRanges.Contains(parts[0].TrimEnd(Parameter.Ows)))
        {
            return false;
        }

        foreach (var parameter in parts.AsSpan(1))
        {
            var (name, value) = Parameter.Split(parameter);
            bool valid = name.Equals("q", StringComparison.OrdinalIgnoreCase)
                ? QValue().IsMatch(value)
                : name.Equals("charset", StringComparison.OrdinalIgnoreCase) && Parameter.IsUtf8(value);
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }

    // RFC 9110 section 12.4.2 weight.
    [GeneratedRegex(@"^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex QValue();
}
