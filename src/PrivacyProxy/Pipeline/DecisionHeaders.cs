using PrivacyProxy.Policy;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Tells the caller what the policy did: <c>X-PrivacyProxy-Policy</c>, <c>-Action</c>, <c>-Findings</c>
/// (<c>SECRET=2,CONTACT=1</c>, counts only) and <c>-Shadow</c> (<c>&lt;policy&gt;=&lt;action&gt;</c>) when the
/// caller's team has a shadow policy. Names and counts only, never a value.
/// </summary>
internal static class DecisionHeaders
{
    public const string Policy = "X-PrivacyProxy-Policy";
    public const string Action = "X-PrivacyProxy-Action";
    public const string Findings = "X-PrivacyProxy-Findings";
    public const string Shadow = "X-PrivacyProxy-Shadow";

    /// <summary>Sets the headers when the response starts, so they survive an error answer that clears the response.</summary>
    public static void AddOnStarting(HttpResponse response, RequestDecision decision) =>
        response.OnStarting(() =>
        {
            Set(response.Headers, decision);
            return Task.CompletedTask;
        });

    public static void Set(IHeaderDictionary headers, RequestDecision decision)
    {
        headers[Policy] = decision.Enforced.PolicyName;
        headers[Action] = PolicyActionNames.ToText(decision.Enforced.Action);
        string counts = decision.Enforced.CategoryCounts;
        if (counts.Length > 0)
        {
            headers[Findings] = counts;
        }
        else
        {
            headers.Remove(Findings);
        }

        if (decision.Shadow is { } shadow)
        {
            headers[Shadow] = $"{shadow.PolicyName}={PolicyActionNames.ToText(shadow.Action)}";
        }
        else
        {
            headers.Remove(Shadow);
        }
    }
}
