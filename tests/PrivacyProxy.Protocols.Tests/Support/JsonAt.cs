using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>
/// Reads a value from a JSON text by a path like <c>messages[0].content</c>; a key with brackets or dots is
/// written in braces: <c>properties.{[[EMAIL_1]]}</c>.
/// </summary>
internal static partial class JsonAt
{
    public static JsonNode? Node(string json, string path)
    {
        JsonNode? node = JsonNode.Parse(json);
        foreach (Match part in Segment().Matches(path))
        {
            node = part.Groups[2].Success ? node![int.Parse(part.Groups[2].Value)] : node![part.Groups[1].Success ? part.Groups[1].Value : part.Groups[3].Value];
        }

        return node;
    }

    public static string? String(string json, string path) => Node(json, path)?.GetValue<string>();

    [GeneratedRegex(@"\{([^}]*)\}|\[(\d+)\]|([^.\[\{]+)")]
    private static partial Regex Segment();
}
