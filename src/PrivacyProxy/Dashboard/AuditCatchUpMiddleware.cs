using PrivacyProxy.Auditing;

namespace PrivacyProxy.Dashboard;

/// <summary>
/// Before a signed-in dashboard request reads the store, lets the audit writer write what is queued, so a page or
/// an API answer includes every request answered before it was asked (the writer otherwise batches for up to its
/// flush interval). Bounded: a slow or failing store delays a dashboard read by at most <see cref="MaxWait"/>.
/// </summary>
internal sealed class AuditCatchUpMiddleware(RequestDelegate next, AuditSink sink)
{
    /// <summary>The longest a dashboard request waits for the writer.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    public async Task InvokeAsync(HttpContext context)
    {
        if (sink.Enabled && context.User.Identity?.IsAuthenticated == true)
        {
            await sink.CatchUpAsync(MaxWait, context.RequestAborted);
        }

        await next(context);
    }
}
