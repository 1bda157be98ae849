using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>Request messages as clients send them: JSON (serialized with raw UTF-8, as most SDKs do, or hand-written) and multipart.</summary>
internal static class Requests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(object body) => JsonSerializer.Serialize(body, Relaxed);

    public static HttpRequestMessage Json(string path, object body) => Raw(path, Serialize(body));

    /// <summary>A hand-written JSON body (for escapes a serializer would not write).</summary>
    public static HttpRequestMessage Raw(string path, string json, string contentType = "application/json") => new(HttpMethod.Post, path)
    {
        Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)) { Headers = { { "Content-Type", contentType } } },
    };

    /// <summary>A multipart upload with a <c>purpose</c> field and one text file.</summary>
    public static HttpRequestMessage Upload(string path, string fileText, string fileName = "notes.txt", string? purpose = "assistants")
    {
        var form = new MultipartFormDataContent("evasion-boundary-0001");
        if (purpose is not null)
        {
            form.Add(new StringContent(purpose), "purpose");
        }

        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(fileText));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", fileName);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
    }

    /// <summary>A multipart body written byte for byte (for part headers and parameters no client library writes).</summary>
    public static HttpRequestMessage RawUpload(string path, string boundary, string body) =>
        Raw(path, body.ReplaceLineEndings("\r\n"), "multipart/form-data; boundary=" + boundary);
}
