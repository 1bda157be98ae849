using System.Text.Json;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// The API's one error shape, <c>{"error":{"code":"...","parameter":"...","message":"..."}}</c> (<c>parameter</c>
/// only for a bad query parameter). Messages are constants of this assembly: never a value, SQL or connection string.
/// </summary>
internal static class ApiErrors
{
    public static Task WriteAsync(HttpContext context, int status, string code, string message, string? parameter = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ApiJson.ContentType;
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("code", code);
            if (parameter is not null)
            {
                writer.WriteString("parameter", parameter);
            }

            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }

    public static Task InvalidQueryAsync(HttpContext context, DashboardQueryError error) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, "invalid_query", error.Message, error.Parameter);
}
