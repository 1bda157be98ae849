using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;
using PrivacyProxy.Policies;
using PrivacyProxy.Policy;
using PrivacyProxy.Protocols;
using PrivacyProxy.Proxy;
using PrivacyProxy.Redaction;
using PrivacyProxy.Security;
using PrivacyProxy.Telemetry;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Stage 3: scans the request into a <see cref="ScanResult"/> or a <see cref="Refusal"/> (fail closed: any fault
/// while reading or scanning refuses). Used by the proxy pipeline and by the preview endpoint.
/// </summary>
internal sealed class ScanStage(UserIdHasher userIds, IOptions<PrivacyProxyOptions> options, ILogger<ScanStage> logger)
{
    /// <summary>The scan, or why the request is refused; null for both when the caller went away.</summary>
    public async Task<(ScanResult? Result, Refusal? Refusal)> RunAsync(HttpContext context, RouteDescriptor route, Caller caller, ActiveRules active)
    {
        int maxBodyBytes = options.Value.MaxRequestBodyBytes;
        try
        {
            var policies = active.Policies.ForTeam(caller.Team);
            var enforced = policies.Enforced;
            var session = new RedactionSession(enforced.Wrap(active.Detector), PolicyTreatments.For(enforced));
            var result = await RequestScanner.ScanAsync(context, route, policies, session, RewriteOptions(caller, enforced), maxBodyBytes);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var summary = RedactionSummary.Of(session.Records);
                Log.RequestScrubbed(
                    logger, route.RouteId, route.ProtocolName, session.Records.Count, summary.Types, summary.RuleIds,
                    result.OriginalBody?.Length ?? 0, result.ScrubbedBody?.Length ?? 0);
            }

            return (result, null);
        }
        catch (ProtocolException e)
        {
            Log.RequestRefused(logger, route.RouteId, e.StatusCode, e.Code, e.Message);
            return (null, Refusal.From(e));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Log.RequestRefused(logger, route.RouteId, e.StatusCode, ProtocolErrorCodes.RequestTooLarge, "body over the limit");
            return (null, new Refusal(e.StatusCode, ProtocolErrorCodes.RequestTooLarge, $"The request body exceeds the limit of {maxBodyBytes} bytes."));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return (null, null);
        }
        catch (Exception e)
        {
            // Fail closed: a fault while reading or scanning never lets the request through.
            Log.ScanFailed(logger, route.RouteId, e.GetType().Name);
            int status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            return (null, new Refusal(status, ProxyErrors.ScanFailed, "The request could not be scanned; nothing was forwarded."));
        }
    }

    // Device and session ids in bodies get the user id's keyed hash, over the caller and the value, so they stay
    // stable per caller (cache keys keep working) and never reveal the device's own id.
    private RequestRewriteOptions RewriteOptions(Caller caller, Policy.Policy policy) => new()
    {
        UserId = userIds.Hash(caller.Id),
        Media = policy.Media switch
        {
            Policy.MediaHandling.Forward => Protocols.MediaHandling.Forward,
            Policy.MediaHandling.Strip => Protocols.MediaHandling.Strip,
            _ => Protocols.MediaHandling.Refuse,
        },
        HashIdentifier = value => userIds.Hash($"identifier\n{caller.Id}\n{value}"),
    };
}
