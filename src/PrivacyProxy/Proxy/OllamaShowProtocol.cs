using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PrivacyProxy.Protocols;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Proxy;

/// <summary>
/// Ollama's model details (<c>POST /api/show</c>, which Ollama clients call before chatting): the body may hold only
/// <c>model</c> / <c>name</c> (scanned) and <c>verbose</c>; any other member is refused, so nothing unscanned leaves.
/// The answer (model metadata) passes unchanged.
/// </summary>
internal sealed class OllamaShowProtocol : IWireProtocol
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The shared instance (the protocol is stateless).</summary>
    public static OllamaShowProtocol Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "ollama-show";

    /// <inheritdoc />
    public ErrorDialect Errors => ErrorDialect.Ollama;

    /// <inheritdoc />
    public byte[] RewriteRequest(ReadOnlySpan<byte> utf8Json, ITextScrubber scrubber, RequestRewriteOptions options)
    {
        var output = new ArrayBufferWriter<byte>(utf8Json.Length + 16);
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 2 });
            using var writer = new Utf8JsonWriter(output, WriterOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Invalid("The request body must be a JSON object.");
            }

            writer.WriteStartObject();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "model" or "name" when reader.TokenType == JsonTokenType.String:
                        writer.WriteString(name, scrubber.Scrub(reader.GetString()!));
                        break;
                    case "verbose" when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                        writer.WriteBoolean(name, reader.GetBoolean());
                        break;
                    default:
                        // The member name is caller text: the message does not quote it.
                        throw Invalid("The request body may hold only 'model' (or 'name') and 'verbose'.");
                }
            }

            writer.WriteEndObject();
            while (reader.Read())
            {
                // Reading past the root object throws on anything but whitespace.
            }
        }
        catch (JsonException)
        {
            throw Invalid("The request body is not valid JSON.");
        }

        return output.WrittenSpan.ToArray();
    }

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) => new PassThroughResponse();

    private static ProtocolException Invalid(string message) => new(400, ProtocolErrorCodes.InvalidRequest, message);
}
