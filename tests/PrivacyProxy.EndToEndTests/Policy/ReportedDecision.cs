using System.ClientModel.Primitives;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>The decision headers of one answer (<c>X-PrivacyProxy-Policy</c>, <c>-Action</c>, <c>-Findings</c>, <c>-Shadow</c>); null when absent.</summary>
internal sealed record ReportedDecision(string? Policy, string? Action, string? Findings, string? Shadow)
{
    public static ReportedDecision Of(HttpResponseMessage response) => new(
        One(response, "X-PrivacyProxy-Policy"),
        One(response, "X-PrivacyProxy-Action"),
        One(response, "X-PrivacyProxy-Findings"),
        One(response, "X-PrivacyProxy-Shadow"));

    public static ReportedDecision Of(PipelineResponse response) => new(
        One(response, "X-PrivacyProxy-Policy"),
        One(response, "X-PrivacyProxy-Action"),
        One(response, "X-PrivacyProxy-Findings"),
        One(response, "X-PrivacyProxy-Shadow"));

    private static string? One(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private static string? One(PipelineResponse response, string name) =>
        response.Headers.TryGetValue(name, out var value) ? value : null;
}
