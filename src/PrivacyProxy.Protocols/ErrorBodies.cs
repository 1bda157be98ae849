using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PrivacyProxy.Protocols;

/// <summary>Builds error response bodies in each protocol's own envelope.</summary>
public static class ErrorBodies
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the UTF-8 JSON error body for <paramref name="dialect"/>.</summary>
    public static byte[] Create(ErrorDialect dialect, int status, string code, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            switch (dialect)
            {
                case ErrorDialect.Anthropic:
                    writer.WriteString("type", "error");
                    writer.WriteStartObject("error");
                    writer.WriteString("type", AnthropicType(status));
                    writer.WriteString("message", message);
                    writer.WriteEndObject();
                    break;
                case ErrorDialect.Ollama:
                    writer.WriteString("error", message);
                    break;
                default:
                    writer.WriteStartObject("error");
                    writer.WriteString("message", message);
                    writer.WriteString("type", code == ProtocolErrorCodes.PolicyViolation ? code : OpenAIType(status));
                    writer.WriteNull("param");
                    writer.WriteString("code", code);
                    writer.WriteEndObject();
                    break;
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Returns the error body for a refused request.</summary>
    public static byte[] Create(ErrorDialect dialect, ProtocolException exception) =>
        Create(dialect, exception.StatusCode, exception.Code, exception.Message);

    private static string OpenAIType(int status) => status switch
    {
        401 => "authentication_error",
        403 => "permission_error",
        404 => "not_found_error",
        429 => "rate_limit_error",
        >= 500 => "api_error",
        _ => "invalid_request_error",
    };

    private static string AnthropicType(int status) => status switch
    {
        401 => "authentication_error",
        403 => "permission_error",
        404 => "not_found_error",
        413 => "request_too_large",
        429 => "rate_limit_error",
        503 or 529 => "overloaded_error",
        >= 500 => "api_error",
        _ => "invalid_request_error",
    };
}
