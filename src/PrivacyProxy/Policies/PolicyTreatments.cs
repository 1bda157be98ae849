using PrivacyProxy.Detection;
using PrivacyProxy.Policy;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Policies;

/// <summary>What the scan does with each finding under a policy's action for it.</summary>
internal static class PolicyTreatments
{
    /// <summary>
    /// The per-finding treatment of <paramref name="policy"/>. Block and route-local findings are replaced too: the
    /// scrubbed body is then never sent, but nothing unscrubbed can reach the hosted API by mistake either.
    /// </summary>
    public static Func<Finding, FindingTreatment> For(Policy.Policy policy) => finding => Of(policy.ActionFor(finding.Category, finding.Type));

    public static FindingTreatment Of(PolicyAction action) => action switch
    {
        PolicyAction.Allow or PolicyAction.AuditOnly => FindingTreatment.Keep,
        PolicyAction.Mask => FindingTreatment.ReplaceOneWay,
        _ => FindingTreatment.Replace,
    };
}
