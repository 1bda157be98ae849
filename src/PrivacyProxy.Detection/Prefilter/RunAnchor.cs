namespace PrivacyProxy.Detection.Prefilter;

/// <summary>The rules started by runs of digits (or capitals) at least <see cref="MinLength"/> long.</summary>
internal sealed record RunAnchor(int MinLength, int[] Rules);
