using System.Text.Json;

namespace PrivacyProxy.Detection.Rules;

/// <summary>
/// Reads typed fields of one JSON object and records a <see cref="RuleError"/> for every missing, mistyped or
/// unknown field instead of stopping at the first.
/// </summary>
internal sealed class JsonFields(JsonElement element, string file, string? ruleId, List<RuleError> errors, string where)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public bool IsObject => element.ValueKind == JsonValueKind.Object;

    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString();
        }

        Error($"'{name}' must be a non-empty string");
        return null;
    }

    public bool? Bool(string name)
    {
        if (!TryGet(name, false, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error($"'{name}' must be true or false");
        return null;
    }

    public double? Number(string name, double min, double max)
    {
        if (!TryGet(name, false, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.GetDouble() >= min && value.GetDouble() <= max)
        {
            return value.GetDouble();
        }

        Error($"'{name}' must be a number from {min} to {max}");
        return null;
    }

    public int? Int(string name, int min, int max)
    {
        var number = Number(name, min, max);
        if (number is { } n && n != Math.Floor(n))
        {
            Error($"'{name}' must be a whole number");
            return null;
        }

        return number is null ? null : (int)number.Value;
    }

    public IReadOnlyList<string>? Strings(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        var list = new List<string>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(item.GetString()))
                {
                    Error($"'{name}' must hold non-empty strings only");
                    return null;
                }

                list.Add(item.GetString()!);
            }

            return list;
        }

        Error($"'{name}' must be an array of strings");
        return null;
    }

    public JsonFields? Object(string name, string description, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return new JsonFields(value, file, ruleId, errors, $"{where}in '{name}': ");
        }

        Error($"'{name}' must be an object ({description})");
        return null;
    }

    public JsonElement? Raw(string name, bool required = false) => TryGet(name, required, out var value) ? value : null;

    /// <summary>Records every field that no reader asked for.</summary>
    public void RejectUnknown()
    {
        if (!IsObject)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                Error($"unknown field '{property.Name}'");
            }
        }
    }

    public void Error(string problem) => errors.Add(new RuleError(file, ruleId, where + problem));

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        _read.Add(name);
        if (IsObject && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Error($"missing field '{name}'");
        }

        value = default;
        return false;
    }
}
