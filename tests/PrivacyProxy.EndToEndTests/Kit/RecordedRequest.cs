using System.Text;
using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>One request as the fake upstream received it: everything that left the proxy.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>Method, path, query, every header name and value, and the body, as one text to search.</summary>
    public string Everything
    {
        get
        {
            var builder = new StringBuilder().Append(Method).Append(' ').Append(Path).Append(Query).Append('\n');
            foreach (var (name, value) in Headers)
            {
                builder.Append(name).Append(": ").Append(value).Append('\n');
            }

            return builder.Append('\n').Append(BodyText).ToString();
        }
    }

    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
