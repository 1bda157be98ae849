using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Audit;
using PrivacyProxy.Pipeline;

namespace PrivacyProxy.Auditing;

/// <summary>
/// The first stage: lets every later stage run (so refusals are seen too), counting the bytes written to the caller
/// and noting when the response started, then makes one <see cref="AuditEvent"/> from the features the stages left
/// and hands it to the <see cref="AuditSink"/>. The request never waits on the store.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, AuditSink sink, Fingerprinter fingerprinter, TimeProvider time)
    {
        if (!sink.Enabled)
        {
            await next(context);
            return;
        }

        var arrived = time.GetUtcNow();
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var counting = new CountingResponseBody(original);
        context.Features.Set<IHttpResponseBodyFeature>(counting);
        var timing = new ResponseTiming();
        context.Response.OnStarting(static state =>
        {
            ((ResponseTiming)state).Started = Stopwatch.GetTimestamp();
            return Task.CompletedTask;
        }, timing);

        bool failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            context.Features.Set(original);
            Record(context, sink, fingerprinter, new AuditObservation(arrived, counting.Written, timing.Started, failed));
        }
    }

    private void Record(HttpContext context, AuditSink sink, Fingerprinter fingerprinter, AuditObservation observed)
    {
        try
        {
            sink.Submit(AuditEventFactory.Create(context, fingerprinter, observed));
        }
        catch (Exception e)
        {
            // Making the event must never fail the request it describes; the loss is counted and logged.
            sink.CountFailed();
            AuditLog.EventFailed(logger, context.Features.Get<RouteDescriptor>()?.RouteId ?? "unknown", e.GetType().Name);
        }
    }

    private sealed class ResponseTiming
    {
        public long? Started { get; set; }
    }
}
