namespace PrivacyProxy.Detection;

/// <summary>Finds sensitive values in a text. Thread-safe; one instance serves every request.</summary>
public interface IDetector
{
    /// <summary>
    /// Returns non-overlapping findings ordered by <see cref="Finding.Start"/>, every span inside <paramref name="text"/>.
    /// </summary>
    IReadOnlyList<Finding> Detect(string text);

    /// <summary>
    /// Makes every later <see cref="Detect"/> as fast as a warm one (compiles and exercises what is compiled lazily);
    /// the host calls it before it reports ready. Nothing to do for a detector without lazy parts.
    /// </summary>
    void WarmUp()
    {
    }
}
