using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>
/// What the fake upstream answers on the upload routes: the file object naming the uploaded file (DeepSeek/OpenAI
/// shape on <c>/files</c>, Anthropic's on <c>/anthropic/v1/files</c>), so a scrubbed file name comes back to restore.
/// </summary>
internal static class FileReplies
{
    /// <summary>The DeepSeek/OpenAI file object.</summary>
    public static byte[] OpenAIFileJson(string fileName, long bytes, string purpose) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", "file-fake0001");
        w.WriteString("object", "file");
        w.WriteNumber("bytes", bytes);
        w.WriteNumber("created_at", 1_781_233_924);
        w.WriteString("filename", fileName);
        w.WriteString("purpose", purpose);
        w.WriteEndObject();
    });

    /// <summary>The Anthropic file object.</summary>
    public static byte[] AnthropicFileJson(string fileName, long bytes, string mimeType) => JsonText.Utf8(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "file");
        w.WriteString("id", "file_011CNha8iCJcU1wXNR6q4V8w");
        w.WriteString("filename", fileName);
        w.WriteString("mime_type", mimeType);
        w.WriteNumber("size_bytes", bytes);
        w.WriteString("created_at", "2026-01-01T00:00:00Z");
        w.WriteBoolean("downloadable", false);
        w.WriteEndObject();
    });

    /// <summary>Reads the <c>file</c> part (name, type, size) and the <c>purpose</c> field of a recorded upload.</summary>
    public static async Task<(string FileName, string MimeType, long Bytes, string Purpose)> ReadUploadAsync(string contentType, byte[] body)
    {
        string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        (string, string, long, string) upload = ("", "", 0, "");
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            if (disposition.Name.Value == "file")
            {
                string name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value! : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                upload = (name, section.ContentType ?? "application/octet-stream", content.Length, upload.Item4);
            }
            else if (disposition.Name.Value == "purpose")
            {
                upload.Item4 = Encoding.UTF8.GetString(content.ToArray());
            }
        }

        return upload;
    }
}
