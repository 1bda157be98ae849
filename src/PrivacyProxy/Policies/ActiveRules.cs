using PrivacyProxy.Detection;
using PrivacyProxy.Policy;

namespace PrivacyProxy.Policies;

/// <summary>
/// The rules and policies a request is scanned and decided with: one immutable snapshot, taken once per request
/// and swapped whole on reload, so a request never mixes two versions.
/// </summary>
/// <param name="Detector">The rule packs' detector.</param>
/// <param name="Policies">The compiled policies, teams and networks.</param>
internal sealed record ActiveRules(IDetector Detector, PolicySet Policies);
