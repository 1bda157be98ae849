using System.Text.Json;

namespace PrivacyProxy.Health;

/// <summary>
/// Writes a <see cref="HealthReport"/> as <c>{"status": "...", "problems": [{"file", "rule", "problem"}]}</c>; the
/// problems array is always there (empty unless degraded), so probes parse one shape.
/// </summary>
internal static class HealthResponse
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var response = context.Response;
        response.StatusCode = report.StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        await using (var json = new Utf8JsonWriter(response.Body))
        {
            json.WriteStartObject();
            json.WriteString("status", report.StatusName);
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.File);
                json.WriteString("rule", problem.Rule);
                json.WriteString("problem", problem.Problem);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
