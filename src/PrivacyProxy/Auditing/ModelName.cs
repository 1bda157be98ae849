using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PrivacyProxy.Audit;
using PrivacyProxy.Detection;

namespace PrivacyProxy.Auditing;

/// <summary>
/// The model a request names: the top-level <c>"model"</c> string of a JSON body, kept only when it is an
/// <see cref="AuditName"/> and the detector finds nothing in it (a caller could put a value in any field).
/// </summary>
internal static class ModelName
{
    private const int MaxDepth = 256;
    private const int MaxRemembered = 256;

    private static readonly ConditionalWeakTable<IDetector, ConcurrentDictionary<string, bool>> Verdicts = new();

    /// <summary>The model, or null when the body names none that may be kept.</summary>
    public static AuditName? Of(byte[]? body, IDetector? detector)
    {
        if (body is null || body.Length == 0 || Read(body) is not { } model || !AuditName.IsWellFormed(model))
        {
            return null;
        }

        return detector is null || FindsNothing(detector, model) ? AuditName.From(model) : null;
    }

    // Fail closed: a detector that cannot look at the name means the name is not kept. Callers name a handful of
    // models over and over, so each detector's verdicts are remembered (a bounded set; a reload brings a new detector).
    private static bool FindsNothing(IDetector detector, string model)
    {
        var verdicts = Verdicts.GetValue(detector, static _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        if (verdicts.TryGetValue(model, out var clean))
        {
            return clean;
        }

        try
        {
            clean = detector.Detect(model).Count == 0;
        }
        catch (Exception)
        {
            return false;
        }

        if (verdicts.Count < MaxRemembered)
        {
            verdicts.TryAdd(model, clean);
        }

        return clean;
    }

    private static string? Read(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isModel = reader.ValueTextEquals("model"u8);
                reader.Read();
                if (isModel)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                // Top level only: a nested "model" (a tool's argument) is the caller's text, not the request's model.
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON (multipart upload, form): no model.
        }
        catch (InvalidOperationException)
        {
            // Thrown by GetString for invalid UTF-8 or escapes that decode to invalid text.
        }

        return null;
    }
}
