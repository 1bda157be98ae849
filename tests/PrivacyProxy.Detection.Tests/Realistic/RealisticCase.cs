namespace PrivacyProxy.Detection.Tests.Realistic;

/// <summary>
/// One generated text: a prompt with every planted sensitive value labelled (<see cref="Spans"/>), or a clean text
/// whose <see cref="LookAlikes"/> mark the look-alike tokens that must pass unchanged.
/// </summary>
internal sealed record RealisticCase(
    string Id,
    string Kind,
    string Text,
    IReadOnlyList<LabelledSpan> Spans,
    IReadOnlyList<LabelledSpan> LookAlikes);
