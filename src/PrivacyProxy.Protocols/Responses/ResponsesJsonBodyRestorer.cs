using PrivacyProxy.Protocols.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Responses;

/// <summary>
/// Restores a non-streamed Responses body (one Response object). Only changed strings are rewritten; bodies that
/// are not a Response (error envelopes, unparseable bodies) pass unchanged.
/// </summary>
internal sealed class ResponsesJsonBodyRestorer : SplicingJsonBodyRestorer
{
    private readonly ResponsesOutputRestorer _output;

    /// <summary>Creates the restorer.</summary>
    public ResponsesJsonBodyRestorer(ITextRestorer restorer) => _output = new ResponsesOutputRestorer(restorer);

    /// <inheritdoc />
    protected override void Restore(JsonSpanIndex index, ReadOnlySpan<byte> body, JsonSplice splice)
    {
        if (index.IsObject(JsonSpanIndex.Root))
        {
            _output.RestoreResponse(index, body, JsonSpanIndex.Root, splice);
        }
    }
}
