using System.Net.Http.Headers;
using System.Text;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Files;

/// <summary>Multipart upload bodies as .NET clients build them, with planted values in the file name and content.</summary>
internal static class Uploads
{
    /// <summary>A file name carrying a planted e-mail address.</summary>
    public static string FileName => "notes for " + Planted.Email + " final.txt";

    /// <summary>Text file content with every planted value.</summary>
    public static string Text => "line one: " + Planted.Sentence + "\nline two: " + Planted.Card + "\n";

    /// <summary>The first bytes of a PNG image (content the scanner cannot read).</summary>
    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    /// <summary>A form with a <c>purpose</c> field and one <c>file</c> part.</summary>
    public static MultipartFormDataContent Form(byte[] file, string fileName, string mediaType, string? purpose = "assistants")
    {
        var form = new MultipartFormDataContent("pp-e2e-boundary-0001");
        if (purpose is not null)
        {
            form.Add(new StringContent(purpose), "purpose");
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(part, "file", fileName);
        return form;
    }

    /// <summary>A text-file form.</summary>
    public static MultipartFormDataContent TextForm(string? purpose = "assistants") =>
        Form(Encoding.UTF8.GetBytes(Text), FileName, "text/plain", purpose);
}
