using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// Reads the search's <c>{"value":"..."}</c> body itself, into a pooled buffer cleared afterwards, so no model
/// binder, body logger or exception message ever holds the value. Other members are ignored.
/// A refusal is returned as a <see cref="SearchBodyError"/> naming what was wrong, never the body.
/// </summary>
internal static class SearchBody
{
    /// <summary>The largest body read; a longer one is refused with 413 without being read to its end.</summary>
    public const int MaxBytes = 64 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static async Task<SearchBodyResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return new SearchBodyError(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type",
                "The search body is JSON: send Content-Type: application/json with {\"value\":\"...\"}.");
        }

        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        // One byte more than allowed tells a body that is too long from one that fills the buffer exactly.
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBytes + 1 - length), cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxBytes)
                {
                    return TooLarge();
                }
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static SearchBodyResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        string? value = null;
        var seen = false;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return NotAnObject();
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isValue = reader.ValueTextEquals("value"u8);
                reader.Read();
                if (!isValue)
                {
                    reader.Skip();
                    continue;
                }

                if (seen || reader.TokenType != JsonTokenType.String)
                {
                    return new SearchBodyError(StatusCodes.Status400BadRequest, "invalid_value", "'value' is one JSON string.");
                }

                seen = true;
                value = reader.GetString();
            }

            // The reader refuses anything after the object (it reads a single JSON value), so this is the end.
            if (reader.Read())
            {
                return NotAnObject();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed JSON, or a string that is not UTF-8. The message may quote the offending text, which may be
            // part of the value: never passed on.
            return new SearchBodyError(StatusCodes.Status400BadRequest, "invalid_json", "The search body is not valid JSON.");
        }

        return seen
            ? new SearchBodyValue(value!)
            : new SearchBodyError(StatusCodes.Status400BadRequest, "invalid_value", "The search body has no 'value' member.");
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (!media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static SearchBodyError TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "payload_too_large", $"The search body is longer than {MaxBytes} bytes.");

    private static SearchBodyError NotAnObject() =>
        new(StatusCodes.Status400BadRequest, "invalid_json", "The search body is one JSON object: {\"value\":\"...\"}.");
}

/// <summary>The value to search for, as read from the body.</summary>
internal sealed record SearchBodyValue(string Value)
{
    // The default record ToString would print the value.
    public override string ToString() => nameof(SearchBodyValue);
}

/// <summary>Why a search body was refused: the status, the error code and a message without the body.</summary>
internal sealed record SearchBodyError(int Status, string Code, string Message);

/// <summary>Either a <see cref="SearchBodyValue"/> or the <see cref="SearchBodyError"/> that refused the body.</summary>
internal readonly struct SearchBodyResult
{
    private SearchBodyResult(SearchBodyValue? value, SearchBodyError? error) => (Value, Error) = (value, error);

    public SearchBodyValue? Value { get; }

    public SearchBodyError? Error { get; }

    public static implicit operator SearchBodyResult(SearchBodyValue value) => new(value, null);

    public static implicit operator SearchBodyResult(SearchBodyError error) => new(null, error);
}
