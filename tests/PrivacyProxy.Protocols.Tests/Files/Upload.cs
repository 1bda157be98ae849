using System.Text;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>Builds <c>multipart/form-data</c> bodies the way HTTP clients write them (CRLF, closing boundary, final CRLF).</summary>
internal sealed class Upload
{
    private readonly List<byte[]> _parts = [];

    public Upload(string boundary = "----PrivacyProxyBoundary7MA4YWxk") => Boundary = boundary;

    public string Boundary { get; }

    public string ContentType => $"multipart/form-data; boundary={Boundary}";

    /// <summary>A plain field (<c>Content-Disposition: form-data; name="..."</c>).</summary>
    public Upload Field(string name, string value) =>
        Part($"Content-Disposition: form-data; name=\"{name}\"", Encoding.UTF8.GetBytes(value));

    /// <summary>A file part with a quoted file name and a Content-Type.</summary>
    public Upload File(string fileName, string contentType, byte[] content, string name = "file") =>
        Part($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: {contentType}", content);

    /// <summary>A text file part (UTF-8).</summary>
    public Upload TextFile(string fileName, string text, string contentType = "text/plain") =>
        File(fileName, contentType, Encoding.UTF8.GetBytes(text));

    /// <summary>A part with raw header lines (joined by CRLF) and content.</summary>
    public Upload Part(string headers, byte[] content)
    {
        _parts.Add([.. Encoding.UTF8.GetBytes(headers + "\r\n\r\n"), .. content]);
        return this;
    }

    public byte[] Build()
    {
        var body = new List<byte>();
        foreach (var part in _parts)
        {
            body.AddRange(Encoding.ASCII.GetBytes($"--{Boundary}\r\n"));
            body.AddRange(part);
            body.AddRange("\r\n"u8.ToArray());
        }

        body.AddRange(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
        return [.. body];
    }
}
