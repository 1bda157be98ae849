namespace PrivacyProxy.Detection;

/// <summary>
/// One sensitive value found in a text: a UTF-16 span (<see cref="End"/> exclusive), what it is, and which rule
/// found it. Carries offsets only, never the value, so it is safe to log or audit.
/// </summary>
public readonly record struct Finding(int Start, int End, string Category, string Type, string RuleId)
{
    public int Length => End - Start;
}
