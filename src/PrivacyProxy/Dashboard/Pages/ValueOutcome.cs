using PrivacyProxy.Audit;
using PrivacyProxy.Policy;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>Where a searched value went in one request: the answer to "did this value leave?" for that event.</summary>
internal enum ValueOutcome
{
    /// <summary>Sent to the hosted model as it is (allow or audit-only for that value).</summary>
    LeftAsIs,

    /// <summary>The request went to the hosted model, but a placeholder was sent in the value's place.</summary>
    LeftScrubbed,

    /// <summary>The whole request went to the local model; nothing reached the hosted one.</summary>
    KeptLocal,

    /// <summary>Blocked, refused or not forwarded: nothing reached any upstream.</summary>
    Blocked,
}

/// <summary>Classifies a search's events by <see cref="ValueOutcome"/>.</summary>
internal static class ValueOutcomes
{
    /// <summary>The data-outcome text of each outcome.</summary>
    public static string ToText(ValueOutcome outcome) => outcome switch
    {
        ValueOutcome.LeftAsIs => "hosted-as-is",
        ValueOutcome.LeftScrubbed => "hosted-scrubbed",
        ValueOutcome.KeptLocal => "local",
        _ => "blocked",
    };

    /// <summary>How the page describes each outcome.</summary>
    public static string Describe(ValueOutcome outcome) => outcome switch
    {
        ValueOutcome.LeftAsIs => "Left to the hosted model as it is",
        ValueOutcome.LeftScrubbed => "Hosted model got a placeholder, not the value",
        ValueOutcome.KeptLocal => "Kept on the local model",
        _ => "Blocked or refused: sent nowhere",
    };

    /// <summary>
    /// The outcome of <paramref name="stored"/> for the value whose search hashes are <paramref name="hashes"/>. A
    /// request's action is its strictest finding's, so a redacted request may still have let this value through when
    /// its own type was audit-only: the value's category and type (from the matching fingerprint) are looked up in the
    /// event's policy when that policy is still configured.
    /// </summary>
    public static ValueOutcome Classify(StoredAuditEvent stored, IReadOnlySet<string> hashes, PolicySet policies)
    {
        var e = stored.Event;
        if (e.Action is AuditAction.Block or AuditAction.Refuse || e.Upstream == AuditUpstream.None)
        {
            return ValueOutcome.Blocked;
        }

        if (e.Upstream == AuditUpstream.Local)
        {
            return ValueOutcome.KeptLocal;
        }

        if (e.Action is not (AuditAction.Redact or AuditAction.Mask))
        {
            return ValueOutcome.LeftAsIs;
        }

        var policy = Find(policies, e.Policy.Value);
        foreach (var fingerprint in e.Fingerprints)
        {
            if (policy is not null && hashes.Contains(fingerprint.Hash)
                && policy.ActionFor(fingerprint.Category.Value, fingerprint.Type.Value) is PolicyAction.Allow or PolicyAction.AuditOnly)
            {
                return ValueOutcome.LeftAsIs;
            }
        }

        return ValueOutcome.LeftScrubbed;
    }

    private static Policy.Policy? Find(PolicySet policies, string name)
    {
        if (string.Equals(policies.Default.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return policies.Default;
        }

        foreach (var assignment in policies.Teams.Values)
        {
            foreach (var policy in (ReadOnlySpan<Policy.Policy?>)[assignment.Enforced, assignment.Shadow])
            {
                if (policy is not null && string.Equals(policy.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return policy;
                }
            }
        }

        return null;
    }
}
