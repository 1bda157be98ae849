namespace PrivacyProxy.Detection.Tests.Realistic;

/// <summary>One sensitive value planted by the generator: its UTF-16 span (end exclusive), category and type.</summary>
internal sealed record LabelledSpan(int Start, int End, string Category, string Type);
