namespace PrivacyProxy.Health;

/// <summary>What <c>/healthz</c> answers: the status and, when degraded, every problem of the rejected edit.</summary>
internal sealed record HealthReport(HealthStatus Status, IReadOnlyList<HealthProblem> Problems)
{
    /// <summary>503 while starting, so load balancers hold traffic back; 200 otherwise, degraded too: the proxy keeps serving.</summary>
    public int StatusCode => Status == HealthStatus.Starting ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;

    /// <summary>The status as written on the wire: <c>starting</c>, <c>ok</c> or <c>degraded</c>.</summary>
    public string StatusName => Status switch
    {
        HealthStatus.Starting => "starting",
        HealthStatus.Degraded => "degraded",
        _ => "ok",
    };
}
