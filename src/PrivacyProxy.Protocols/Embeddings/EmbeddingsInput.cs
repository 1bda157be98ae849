using System.Text.Json;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Embeddings;

/// <summary>
/// Tells whether the top-level <c>input</c> of an embeddings request is token arrays (numbers) rather than text.
/// Token ids cannot be scanned as text, and an input mixing both is refused.
/// </summary>
internal static class EmbeddingsInput
{
    /// <summary>
    /// True when <c>input</c> holds numbers only (a token array or arrays of them). A malformed body answers false,
    /// so the request scrubber reports it with its own error.
    /// </summary>
    /// <exception cref="ProtocolException"><c>input</c> mixes token ids with text or other values.</exception>
    public static bool IsTokens(ReadOnlySpan<byte> json)
    {
        bool numbers = false, other = false;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = JsonRequestScrubber.MaxDepth + 1 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            int inputDepth = -1;
            while (reader.Read())
            {
                if (inputDepth >= 0)
                {
                    if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject && reader.CurrentDepth == inputDepth)
                    {
                        inputDepth = -1;
                    }
                    else
                    {
                        Classify(reader.TokenType, ref numbers, ref other);
                    }
                }
                else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("input"u8))
                {
                    reader.Read();
                    inputDepth = reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject ? reader.CurrentDepth : -1;
                    Classify(reader.TokenType, ref numbers, ref other);
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (numbers && other)
        {
            throw new ProtocolException(
                400,
                ProtocolErrorCodes.InvalidRequest,
                "The request field 'input' must be text or token arrays, not a mix of both.");
        }

        return numbers;
    }

    private static void Classify(JsonTokenType token, ref bool numbers, ref bool other)
    {
        if (token == JsonTokenType.Number)
        {
            numbers = true;
        }
        else if (token is not (JsonTokenType.StartArray or JsonTokenType.EndArray))
        {
            other = true;
        }
    }
}
