using PrivacyProxy.Detection;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>Fails the way a buggy rule might, with the scanned text in its message.</summary>
internal sealed class ThrowingDetector : IDetector
{
    public IReadOnlyList<Finding> Detect(string text) => throw new InvalidOperationException("rule failed on: " + text);
}
