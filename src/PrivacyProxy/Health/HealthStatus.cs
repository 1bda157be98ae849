namespace PrivacyProxy.Health;

/// <summary>The proxy's readiness as <c>/healthz</c> reports it (design.md, routes table).</summary>
internal enum HealthStatus
{
    /// <summary>Rules are not loaded yet: 503, callers should wait.</summary>
    Starting,

    /// <summary>Serving with the rules and policies as configured.</summary>
    Ok,

    /// <summary>Serving with the last good rules and policies; a later edit is broken (the problems say where).</summary>
    Degraded,
}
