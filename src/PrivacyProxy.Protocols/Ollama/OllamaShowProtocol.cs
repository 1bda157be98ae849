using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Ollama;

/// <summary>
/// Ollama's model details (<c>POST /api/show</c>, which Ollama clients call before chatting): the body is small and
/// has no text fields of its own (<c>model</c>, <c>verbose</c>), so every member name and string in it is scanned,
/// whatever a client adds (OllamaSharp adds <c>CustomHeaders</c>). The answer (model metadata) passes unchanged.
/// </summary>
public sealed class OllamaShowProtocol : IWireProtocol
{
    private const int MaxDepth = 16;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = MaxDepth };

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
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
            using var writer = new Utf8JsonWriter(output, WriterOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ProtocolException(400, ProtocolErrorCodes.InvalidRequest, "The request body must be a JSON object.");
            }

            do
            {
                Copy(ref reader, writer, scrubber);
            }
            while (reader.Read());
        }
        catch (JsonException)
        {
            throw new ProtocolException(400, ProtocolErrorCodes.InvalidRequest, "The request body is not valid JSON (or nests too deep).");
        }

        return output.WrittenSpan.ToArray();
    }

    /// <inheritdoc />
    public IResponseTransformer CreateResponseTransformer(string? mediaType, ITextRestorer restorer) => new PassThroughTransformer();

    private static void Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer, ITextScrubber scrubber)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                writer.WritePropertyName(scrubber.Scrub(reader.GetString()!));
                break;
            case JsonTokenType.String:
                writer.WriteStringValue(scrubber.Scrub(reader.GetString()!));
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True or JsonTokenType.False:
                writer.WriteBooleanValue(reader.GetBoolean());
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
