using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using PrivacyProxy.Audit;
using PrivacyProxy.Pipeline;
using PrivacyProxy.Policies;
using PrivacyProxy.Policy;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Auditing;

/// <summary>
/// Makes the <see cref="AuditEvent"/> of one request from the pipeline's typed features: whatever stage the request
/// reached (refused at authentication, at the scan, by policy, or forwarded), names, counts and fingerprints only.
/// </summary>
internal static class AuditEventFactory
{
    /// <summary>The policy name of a request refused before any policy applied (no caller yet).</summary>
    public const string NoPolicy = "none";

    /// <summary>The status recorded when the caller went away before an answer (nginx's "client closed request").</summary>
    public const int ClientClosedRequest = 499;

    public static AuditEvent Create(HttpContext context, Fingerprinter fingerprinter, AuditObservation observed)
    {
        var features = context.Features;
        var route = features.Get<RouteDescriptor>();
        var caller = features.Get<Caller>();
        var active = features.Get<ActiveRules>();
        var scan = features.Get<ScanResult>();
        var decision = features.Get<RequestDecision>();
        var committed = features.Get<CommittedRequest>();
        var sentScrubbed = committed?.Restorer is not null;

        return new AuditEvent
        {
            Time = observed.Arrived,
            RequestId = AuditName.From(context.TraceIdentifier),
            Caller = AuditName.FromOptional(caller?.Id),
            Team = AuditName.FromOptional(caller?.Team),
            Route = AuditName.From(route?.RouteId ?? context.GetReverseProxyFeature().Route.Config.RouteId),
            Protocol = AuditName.From(route?.ProtocolName ?? "unknown"),
            Upstream = UpstreamOf(committed),
            Model = ModelName.Of(scan?.OriginalBody, active?.Detector),
            Policy = AuditName.From(PolicyOf(decision, scan, caller, active)),
            Action = ActionOf(decision, committed),
            ShadowPolicy = AuditName.FromOptional(decision?.Shadow?.PolicyName),
            ShadowAction = decision?.Shadow is { } shadow ? ToAudit(shadow.Action) : null,
            Findings = Tallies(decision),
            Fingerprints = scan is null ? [] : Fingerprints(scan.Session, fingerprinter),
            PlaceholdersIssued = sentScrubbed ? Issued(scan!.Session) : 0,
            PlaceholdersMangled = sentScrubbed ? committed!.Restorer!.UnrestoredCount : 0,
            BytesIn = scan?.OriginalBody?.Length ?? context.Request.ContentLength ?? 0,
            BytesOut = observed.BytesOut,
            ScanTime = scan?.ScanTime ?? TimeSpan.Zero,
            UpstreamLatency = committed is not null && observed.ResponseStarted is { } started && started > committed.CommittedAt
                ? Stopwatch.GetElapsedTime(committed.CommittedAt, started)
                : TimeSpan.Zero,
            StatusCode = StatusOf(context, observed),
        };
    }

    private static AuditUpstream UpstreamOf(CommittedRequest? committed) => committed?.Upstream switch
    {
        Upstream.Hosted => AuditUpstream.Hosted,
        Upstream.Local => AuditUpstream.Local,
        _ => AuditUpstream.None,
    };

    // A request refused before the decision still ran under its caller's policy; before authentication, under none.
    private static string PolicyOf(RequestDecision? decision, ScanResult? scan, Caller? caller, ActiveRules? active) =>
        decision?.Enforced.PolicyName
        ?? scan?.Policies.Enforced.Name
        ?? (caller is not null && active is not null ? active.Policies.ForTeam(caller.Team).Enforced.Name : NoPolicy);

    private static AuditAction ActionOf(RequestDecision? decision, CommittedRequest? committed)
    {
        if (decision is null)
        {
            // Refused before a decision: not authenticated, not scannable, or the caller went away.
            return AuditAction.Refuse;
        }

        if (committed is null)
        {
            // Decided but not sent: blocked, or kept local with no local server for the protocol (refused, fail closed).
            return decision.Enforced.Action == PolicyAction.Block ? AuditAction.Block : AuditAction.Refuse;
        }

        return ToAudit(decision.Enforced.Action);
    }

    // Through the shared texts ("route-local"), so the two enums cannot drift apart silently.
    private static AuditAction ToAudit(PolicyAction action) =>
        AuditNames.ParseAction(PolicyActionNames.ToText(action)) ?? throw new InvalidOperationException($"No audit action for policy action {action}.");

    private static ImmutableArray<FindingTally> Tallies(RequestDecision? decision)
    {
        if (decision is null || decision.Enforced.Findings.Count == 0)
        {
            return [];
        }

        var tallies = ImmutableArray.CreateBuilder<FindingTally>(decision.Enforced.Findings.Count);
        foreach (var finding in decision.Enforced.Findings)
        {
            tallies.Add(new FindingTally(AuditName.From(finding.Category), AuditName.From(finding.Type), AuditName.From(finding.RuleId), finding.Count));
        }

        return tallies.MoveToImmutable();
    }

    // Every value found, allowed ones included: "did this value leave?" must find the request that let it through.
    private static ImmutableArray<ValueFingerprint> Fingerprints(RedactionSession session, Fingerprinter fingerprinter)
    {
        if (session.Records.Count == 0)
        {
            return [];
        }

        var fingerprints = ImmutableArray.CreateBuilder<ValueFingerprint>(session.Records.Count);
        session.ForEachValue((record, value) =>
            fingerprints.Add(fingerprinter.Fingerprint(value, AuditName.From(record.Category), AuditName.From(record.Type))));
        return fingerprints.ToImmutable();
    }

    private static int Issued(RedactionSession session)
    {
        int issued = 0;
        foreach (var record in session.Records)
        {
            issued += record.Placeholder is null ? 0 : 1;
        }

        return issued;
    }

    private static int StatusOf(HttpContext context, AuditObservation observed)
    {
        if (observed.Failed && !context.Response.HasStarted)
        {
            return StatusCodes.Status500InternalServerError;
        }

        return context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? ClientClosedRequest : context.Response.StatusCode;
    }
}
