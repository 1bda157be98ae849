using PrivacyProxy.Proxy;

namespace PrivacyProxy.Pipeline;

/// <summary>Stage 1: resolves the matched route into a <see cref="RouteDescriptor"/> for every later stage.</summary>
internal sealed class RouteContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var route = context.GetReverseProxyFeature().Route.Config;
        if (!RouteDescriptor.TryCreate(route, out var descriptor, out _))
        {
            // The config filter refuses such routes at load; never forward if one slips through.
            await ProxyErrors.WriteAsync(context, Protocols.ErrorDialect.OpenAI, 500, ProxyErrors.ScanFailed, "The route has no protocol configured.");
            return;
        }

        context.Features.Set(descriptor);
        await next(context);
    }
}
