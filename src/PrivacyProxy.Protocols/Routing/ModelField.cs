using System.Text.Json;
using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Routing;

/// <summary>
/// The top-level <c>model</c> member every chat, completion, embedding and messages body carries: renaming it is
/// how a request for a hosted model is sent to the company's own server under the local model's name.
/// </summary>
public static class ModelField
{
    /// <summary>
    /// Returns <paramref name="body"/> with its top-level <c>model</c> string replaced by what <paramref name="rename"/>
    /// gives for it (null: unchanged); every other byte is copied as it was. A body that is not a JSON object, or has
    /// no model string, is returned as it was.
    /// </summary>
    /// <exception cref="ProtocolException">400 when the body is not valid JSON.</exception>
    public static byte[] Rename(byte[] body, Func<string, string?> rename)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(rename);
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return body;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isModel = reader.ValueTextEquals("model"u8);
                reader.Read();
                if (isModel && reader.TokenType == JsonTokenType.String)
                {
                    string? renamed = rename(JsonStringReader.GetString(ref reader));
                    if (renamed is null)
                    {
                        return body;
                    }

                    var splice = new JsonSplice();
                    splice.ReplaceWithString((int)reader.TokenStartIndex, (int)reader.BytesConsumed, renamed);
                    return splice.Apply(body);
                }

                reader.Skip();
            }

            return body;
        }
        catch (JsonException)
        {
            throw new ProtocolException(400, ProtocolErrorCodes.InvalidRequest, "The request body is not valid JSON.");
        }
    }
}
