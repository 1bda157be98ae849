namespace PrivacyProxy.Detection;

/// <summary>Finds sensitive values in a text. Thread-safe; one instance serves every request.</summary>
public interface IDetector
{
    /// <summary>
    /// Returns non-overlapping findings ordered by <see cref="Finding.Start"/>, every span inside <paramref name="text"/>.
    /// </summary>
    IReadOnlyList<Finding> Detect(string text);
}
