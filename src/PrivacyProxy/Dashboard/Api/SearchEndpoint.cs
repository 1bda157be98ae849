using Microsoft.AspNetCore.Mvc;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// <c>POST /dashboard/api/search</c> with <c>{"value":"..."}</c>: <c>{"fingerprint":"...","events":[...]}</c>, the
/// events that found the value, newest first. Requiring <c>application/json</c> also keeps a cross-site HTML form
/// (which cannot send that type without a preflight) from using a signed-in browser's cookie.
/// </summary>
internal static class SearchEndpoint
{
    public static async Task HandleAsync(HttpContext context, [FromServices] ValueSearch search)
    {
        var body = await SearchBody.ReadAsync(context.Request, context.RequestAborted);
        if (body.Value is not { } request)
        {
            var error = body.Error!;
            await ApiErrors.WriteAsync(context, error.Status, error.Code, error.Message);
            return;
        }

        var found = await search.FindAsync(request.Value, context.RequestAborted);
        if (found.Answer is not { } answer)
        {
            await ApiErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "invalid_value", found.Error!.Message);
            return;
        }

        await ApiJson.WriteAsync(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", answer.Fingerprint);
            EventJson.WriteArray(writer, "events", answer.Events);
            writer.WriteEndObject();
        });
    }
}
