namespace PrivacyProxy.Detection.Resolution;

/// <summary>A value that passed its rule, before overlapping candidates are resolved.</summary>
internal readonly record struct Candidate(int Start, int End, int Rule, int Priority, bool Validated)
{
    public int Length => End - Start;
}
