using System.Buffers;
using System.Text.Json;
using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// Restores a non-streamed Responses body (one Response object). Only changed strings are rewritten; bodies that
/// are not a Response (error envelopes, unparseable bodies) pass unchanged.
/// </summary>
internal sealed class ResponsesJsonBodyRestorer : IJsonBodyRewriter
{
    private readonly ResponsesOutputRestorer _output;
    private readonly JsonSpanIndex _index = new();
    private readonly JsonSplice _splice = new();

    /// <summary>Creates the restorer.</summary>
    public ResponsesJsonBodyRestorer(ITextRestorer restorer) => _output = new ResponsesOutputRestorer(restorer);

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
        if (_index.IsObject(JsonSpanIndex.Root))
        {
            _output.RestoreResponse(_index, body, JsonSpanIndex.Root, _splice);
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
}
