namespace PrivacyProxy.Detection.Prefilter;

/// <summary>
/// The rules started by runs of digits (or capitals) at least <see cref="MinLength"/> long. For digit rules whose
/// matches hold at least <see cref="MinDigits"/> digits and span at most <see cref="MaxLength"/> characters
/// (<see cref="Rules.PatternFacts"/>), a run is skipped when fewer digits lie within that reach of it.
/// </summary>
internal sealed record RunAnchor(int MinLength, int[] Rules, int MinDigits = 0, int? MaxLength = null)
{
    public bool FiltersByDigits => MinDigits > 1 && MaxLength is not null;
}
