using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Protocols;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Stands in for the response body while YARP copies the upstream answer: each write goes through the protocol's
/// <see cref="IResponseTransformer"/> (picked by the response Content-Type at the first write) and whatever it
/// releases is written straight on, so SSE events reach the client as soon as they are complete.
/// </summary>
internal sealed class RestoringResponseBody(
    IHttpResponseBodyFeature inner, HttpResponse response, IWireProtocol protocol, ITextRestorer restorer)
    : Stream, IHttpResponseBodyFeature
{
    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private IResponseTransformer? _transformer;
    private PipeWriter? _writer;
    private bool _chosen;
    private bool _finished;

    /// <summary>The response Content-Encoding that prevented restoring, if any.</summary>
    public string? UnrestorableEncoding { get; private set; }

    /// <inheritdoc />
    public Stream Stream => this;

    /// <inheritdoc />
    public PipeWriter Writer => _writer ??= PipeWriter.Create(this, new StreamPipeWriterOptions(leaveOpen: true));

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public void DisableBuffering() => inner.DisableBuffering();

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    /// <inheritdoc />
    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(this, path, offset, count, cancellationToken);

    /// <inheritdoc />
    public async Task CompleteAsync()
    {
        await FinishAsync(CancellationToken.None);
        await inner.CompleteAsync();
    }

    /// <summary>Ends the body: writes what the transformer held back. Safe to call more than once.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }

        if (_writer is not null)
        {
            await _writer.FlushAsync(cancellationToken);
        }

        _finished = true;
        var transformer = Choose();
        if (transformer is not null)
        {
            transformer.Complete(_output);
            await WriteOutputAsync(cancellationToken);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var transformer = Choose();
        if (transformer is null)
        {
            await inner.Stream.WriteAsync(buffer, cancellationToken);
            return;
        }

        transformer.Transform(buffer.Span, _output);
        await WriteOutputAsync(cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.Stream.FlushAsync(cancellationToken);

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private IResponseTransformer? Choose()
    {
        if (_chosen)
        {
            return _transformer;
        }

        _chosen = true;
        StringValues encoding = response.Headers[HeaderNames.ContentEncoding];
        if (!StringValues.IsNullOrEmpty(encoding) && !string.Equals(encoding, "identity", StringComparison.OrdinalIgnoreCase))
        {
            // The proxy never asks for compressed responses; one that arrives anyway cannot be restored.
            UnrestorableEncoding = encoding.ToString();
            return null;
        }

        _transformer = protocol.CreateResponseTransformer(response.ContentType, restorer);
        return _transformer;
    }

    private async ValueTask WriteOutputAsync(CancellationToken cancellationToken)
    {
        if (_output.WrittenCount == 0)
        {
            return;
        }

        await inner.Stream.WriteAsync(_output.WrittenMemory, cancellationToken);
        _output.ResetWrittenCount();
    }
}
