using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Restores the file object an upload returns (OpenAI/DeepSeek <c>{"id","object":"file","filename",…}</c>, Anthropic
/// <c>{"type":"file","id","filename",…}</c>) and file lists (<c>data[].filename</c>): the scrubbed file name comes back
/// with its original values. Anything else, including unparseable bodies, passes unchanged.
/// </summary>
internal sealed class FileObjectRestorer : IJsonBodyRewriter
{
    private readonly ITextRestorer _restorer;
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();

    /// <summary>Creates the restorer.</summary>
    public FileObjectRestorer(ITextRestorer restorer) => _restorer = restorer;

    /// <inheritdoc />
    public void Rewrite(ReadOnlySpan<byte> body, IBufferWriter<byte> output)
    {
        try
        {
            _index.Parse(body);
        }
        catch (JsonException)
        {
            output.Write(body);
            return;
        }

        _splice.Clear();
        RestoreFileName(body, JsonSpanIndex.Root);
        int data = _index.Property(body, JsonSpanIndex.Root, "data"u8);
        for (int item = _index.FirstChild(data); item >= 0; item = _index.NextSibling(item))
        {
            RestoreFileName(body, item);
        }

        if (_splice.IsEmpty)
        {
            output.Write(body);
        }
        else
        {
            _splice.WriteTo(body, output);
        }
    }

    private void RestoreFileName(ReadOnlySpan<byte> body, int file)
    {
        int node = _index.Property(body, file, "filename"u8);
        if (!_index.IsString(node))
        {
            return;
        }

        string value = _index.GetString(body, node);
        string restored = _restorer.Restore(value, TextContext.Plain);
        if (!string.Equals(value, restored, StringComparison.Ordinal))
        {
            _splice.ReplaceWithString(_index.Start(node), _index.End(node), restored);
        }
    }
}
