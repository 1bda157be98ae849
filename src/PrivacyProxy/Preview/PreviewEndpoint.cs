using System.Text;
using System.Text.Json;
using PrivacyProxy.Pipeline;
using PrivacyProxy.Policies;
using PrivacyProxy.Policy;
using PrivacyProxy.Protocols;
using PrivacyProxy.Proxy;
using Yarp.ReverseProxy;

namespace PrivacyProxy.Preview;

/// <summary>
/// <c>POST /privacy/preview/&lt;route path&gt;</c>: runs a route's body through the same stages as the proxy
/// (authentication, scan, decision, commitment) and answers what would leave, forwarding nothing:
/// <c>{"policy","action","findings":[{"category","type","rule","count"}],"upstream":"hosted|local|none","body":...}</c>.
/// The body is exactly what the upstream would receive (JSON inline; a multipart upload as text); null when refused.
/// </summary>
internal static class PreviewEndpoint
{
    /// <summary>The URL prefix of previews.</summary>
    public const string Prefix = "/privacy/preview";

    public static async Task HandleAsync(
        HttpContext context, string path, IProxyStateLookup proxyState, CallerAuthenticator authenticator, ScanStage scan, LocalRouting local, ActiveRulesHolder rules)
    {
        string routePath = "/" + path;
        if (PreviewRouteFinder.Find(proxyState, routePath) is not { } route)
        {
            await UnknownRoute.WriteAsync(context);
            return;
        }

        var active = rules.Current;
        var (caller, refusal, _) = authenticator.Authenticate(context, active);
        if (caller is null)
        {
            await refusal!.WriteAsync(context, route.Dialect);
            return;
        }

        var (result, scanRefusal) = await scan.RunAsync(context, route, caller, active);
        if (scanRefusal is not null)
        {
            await scanRefusal.WriteAsync(context, route.Dialect);
            return;
        }

        if (result is null)
        {
            return;
        }

        var decision = RequestDecision.Of(result);
        var commitment = Commitment.Plan(route, result, decision, local);
        DecisionHeaders.Set(context.Response.Headers, decision);
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Answer(route, decision, commitment), context.RequestAborted);
    }

    private static byte[] Answer(RouteDescriptor route, RequestDecision decision, Commitment commitment)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("policy", decision.Enforced.PolicyName);
            writer.WriteString("action", PolicyActionNames.ToText(decision.Enforced.Action));
            WriteFindings(writer, decision.Enforced);
            writer.WriteString("upstream", commitment.Upstream switch
            {
                Upstream.Hosted => "hosted",
                Upstream.Local => "local",
                _ => "none",
            });
            if (decision.Shadow is { } shadow)
            {
                writer.WriteStartObject("shadow");
                writer.WriteString("policy", shadow.PolicyName);
                writer.WriteString("action", PolicyActionNames.ToText(shadow.Action));
                WriteFindings(writer, shadow);
                writer.WriteEndObject();
            }

            if (commitment.Refusal is { } refusal)
            {
                writer.WriteString("refusal", refusal.Message);
            }

            writer.WritePropertyName("body");
            if (commitment.Body is not { } body)
            {
                writer.WriteNullValue();
            }
            else if (route.BodyFormat == RequestBodyFormat.Json)
            {
                writer.WriteRawValue(body, skipInputValidation: true);
            }
            else
            {
                writer.WriteStringValue(Encoding.UTF8.GetString(body));
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteFindings(Utf8JsonWriter writer, PolicyDecision decision)
    {
        writer.WriteStartArray("findings");
        foreach (var finding in decision.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("category", finding.Category);
            writer.WriteString("type", finding.Type);
            writer.WriteString("rule", finding.RuleId);
            writer.WriteNumber("count", finding.Count);
            writer.WriteString("action", PolicyActionNames.ToText(finding.Action));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
