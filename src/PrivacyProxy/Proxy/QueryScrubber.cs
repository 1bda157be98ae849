using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Scrubs query-string names and values with the request's session, so nothing detected leaves in the URL either.
/// The query is rebuilt only when something changed.
/// </summary>
internal static class QueryScrubber
{
    /// <summary>Rewrites <paramref name="request"/>'s query string in place.</summary>
    public static void Apply(HttpRequest request, ITextScrubber scrubber)
    {
        if (!request.QueryString.HasValue)
        {
            return;
        }

        var builder = new QueryBuilder();
        bool changed = false;
        foreach (var (name, values) in QueryHelpers.ParseQuery(request.QueryString.Value))
        {
            string scrubbedName = scrubber.Scrub(name);
            changed |= scrubbedName != name;
            foreach (var value in values)
            {
                string original = value ?? "";
                string scrubbed = scrubber.Scrub(original);
                changed |= scrubbed != original;
                builder.Add(scrubbedName, scrubbed);
            }
        }

        if (changed)
        {
            request.QueryString = builder.ToQueryString();
        }
    }
}
