using System.Globalization;
using System.Text.Json;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>Writes a JSON answer straight to the response body, and the API's time and duration formats.</summary>
internal static class ApiJson
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Starts a 200 JSON answer, lets <paramref name="write"/> fill it, and sends it.</summary>
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            write(writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>ISO 8601 in UTC with milliseconds: <c>2026-12-01T09:30:00.123Z</c>.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Milliseconds, to the microsecond the store keeps.</summary>
    public static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 3);
}
