using Microsoft.Extensions.Primitives;

namespace PrivacyProxy.Proxy.Headers;

/// <summary>
/// Filters a comma-separated header (RFC 9110 section 5.6.1) element by element: a header whose every element is
/// valid leaves byte for byte; otherwise only the valid elements leave, rejoined; none valid, no header.
/// </summary>
internal static class HeaderList
{
    /// <summary>Elements in one header are capped so a hostile header cannot make the filter do unbounded work.</summary>
    private const int MaxElements = 64;

    /// <summary>The value to forward, or null when no element is valid.</summary>
    /// <param name="values">Every field line of the header, as received.</param>
    /// <param name="isValid">The element grammar; elements arrive trimmed of optional whitespace.</param>
    /// <param name="separator">How kept elements are rejoined when something was dropped.</param>
    public static string? Filter(StringValues values, Func<string, bool> isValid, string separator)
    {
        var kept = new List<string>();
        bool dropped = values.Count != 1;
        foreach (var value in values)
        {
            foreach (var range in (value ?? "").AsSpan().Split(','))
            {
                string element = (value ?? "").AsSpan()[range].Trim(Parameter.Ows).ToString();
                if (kept.Count < MaxElements && element.Length > 0 && isValid(element))
                {
                    kept.Add(element);
                }
                else
                {
                    dropped = true;
                }
            }
        }

        if (kept.Count == 0)
        {
            return null;
        }

        return dropped ? string.Join(separator, kept) : values[0];
    }
}
