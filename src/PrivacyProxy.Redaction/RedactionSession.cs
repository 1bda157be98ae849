using System.Text;
using PrivacyProxy.Detection;
using PrivacyProxy.Redaction.Placeholders;
using PrivacyProxy.Redaction.Restoring;
using PrivacyProxy.Redaction.Scrubbing;

namespace PrivacyProxy.Redaction;

/// <summary>
/// The per-request map between values and placeholders: scrubs request fields (in document order) and restores
/// the response. Scrub is not thread-safe; restoring may run on several fields at once once scrubbing is done.
/// </summary>
public sealed class RedactionSession : ITextScrubber, ITextRestorer
{
    private readonly IDetector _detector;
    private readonly Func<Finding, FindingTreatment>? _treatment;
    private readonly PlaceholderVault _vault = new();
    private readonly SingleBracketLiterals _singleBracketLiterals = new();
    private readonly PlaceholderResolver _resolver;
    private readonly List<ProtectedSpan> _literals = [];
    private readonly List<ProtectedSpan> _spans = [];
    private readonly List<Finding> _kept = [];
    private int _keptRecorded;

    /// <param name="detector">Finds the values.</param>
    /// <param name="treatment">What to do with each finding (the policy's per-type action); null replaces every one.</param>
    public RedactionSession(IDetector detector, Func<Finding, FindingTreatment>? treatment = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _detector = detector;
        _treatment = treatment;
        _resolver = new PlaceholderResolver(_vault.Allocator, _singleBracketLiterals);
    }

    /// <summary>Length of the longest canonical placeholder, <c>[[</c> and <c>]]</c> included.</summary>
    public static int MaxPlaceholderLength => PlaceholderFormat.MaxLength;

    /// <summary>Most characters a streaming restorer ever holds back (covers the longest tolerated variant).</summary>
    public static int MaxPendingLength => PlaceholderFormat.MaxVariantLength - 1;

    /// <summary>
    /// One record per detected value, in first-appearance order, kept values included (without a placeholder);
    /// never the values themselves.
    /// </summary>
    public IReadOnlyList<RedactionRecord> Records => _vault.Records;

    /// <summary>Issued placeholders put back by <see cref="Restore"/> and streaming restorers.</summary>
    public int RestoredCount => _resolver.RestoredCount;

    /// <summary>
    /// Double-bracket placeholder-shaped texts of an issued type that could not be resolved (number never issued
    /// or not canonical): a sign the model mangled a placeholder.
    /// </summary>
    public int UnrestoredCount => _resolver.UnrestoredCount;

    /// <summary>Distinct input texts that already looked like placeholders, protected as type TEXT (not in <see cref="Records"/>).</summary>
    public int ProtectedLiteralCount => _vault.LiteralCount;

    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : Replace(text, _detector.Detect(text));
    }

    /// <summary>
    /// Scrubs adjacent pieces of one text (content parts, blocks, messages) in order: each alone, and joined at
    /// every boundary, so a value split across pieces is replaced in every piece it touches; each fragment is a
    /// value of its own with a placeholder of the value's type, so restoring and numbering work as for
    /// <see cref="Scrub"/>.
    /// </summary>
    public IReadOnlyList<string> ScrubPieces(IReadOnlyList<string> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var inPiece = new IReadOnlyList<Finding>[pieces.Count];
        for (int i = 0; i < pieces.Count; i++)
        {
            inPiece[i] = pieces[i].Length == 0 ? [] : _detector.Detect(pieces[i]);
        }

        List<Finding>[]? fragments = JunctionFindings.Find(_detector, pieces, inPiece);
        var scrubbed = new string[pieces.Count];
        for (int i = 0; i < pieces.Count; i++)
        {
            IReadOnlyList<Finding> findings = inPiece[i];
            if (fragments?[i] is { } extra)
            {
                var merged = new List<Finding>(findings.Count + extra.Count);
                merged.AddRange(findings);
                merged.AddRange(extra);
                merged.Sort(static (a, b) => a.Start.CompareTo(b.Start));
                findings = merged;
            }

            scrubbed[i] = pieces[i].Length == 0 ? pieces[i] : Replace(pieces[i], findings);
        }

        return scrubbed;
    }

    private string Replace(string text, IReadOnlyList<Finding> findings)
    {
        findings = WithoutKept(findings);
        ProtectedSpanCollector.Collect(text, findings, _singleBracketLiterals, _literals, _spans);
        if (_spans.Count == 0)
        {
            RecordKept(text, int.MaxValue);
            return text;
        }

        var builder = new StringBuilder(text.Length + (_spans.Count * 8));
        int copied = 0;
        foreach (ProtectedSpan span in _spans)
        {
            // Kept values before this span are recorded first, so records stay in order of appearance.
            RecordKept(text, span.Start);
            ReadOnlySpan<char> value = text.AsSpan(span.Start, span.End - span.Start);
            IssuedPlaceholder issued = span.FindingIndex >= 0
                ? _vault.GetOrIssue(value, findings[span.FindingIndex], TreatmentOf(findings[span.FindingIndex]))
                : _vault.GetOrIssueLiteral(value);
            builder.Append(text, copied, span.Start - copied).Append(issued.Placeholder);
            copied = span.End;
        }

        RecordKept(text, int.MaxValue);
        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    // Findings the policy leaves in place go to _kept (recorded by RecordKept) and never reach the placeholder machinery.
    private IReadOnlyList<Finding> WithoutKept(IReadOnlyList<Finding> findings)
    {
        _kept.Clear();
        _keptRecorded = 0;
        if (_treatment is null || findings.Count == 0)
        {
            return findings;
        }

        List<Finding>? replaced = null;
        for (int i = 0; i < findings.Count; i++)
        {
            Finding finding = findings[i];
            bool stays = _treatment(finding) == FindingTreatment.Keep;
            if (stays)
            {
                _kept.Add(finding);
                if (replaced is null)
                {
                    replaced = new List<Finding>(findings.Count);
                    for (int j = 0; j < i; j++)
                    {
                        replaced.Add(findings[j]);
                    }
                }
            }
            else
            {
                replaced?.Add(finding);
            }
        }

        return replaced ?? findings;
    }

    private void RecordKept(string text, int before)
    {
        while (_keptRecorded < _kept.Count && _kept[_keptRecorded].Start < before)
        {
            Finding finding = _kept[_keptRecorded++];
            if (finding.Start >= 0 && finding.End > finding.Start && finding.End <= text.Length)
            {
                _vault.Keep(text.AsSpan(finding.Start, finding.Length), finding);
            }
        }
    }

    private FindingTreatment TreatmentOf(Finding finding) => _treatment?.Invoke(finding) ?? FindingTreatment.Replace;

    public string Restore(string text, TextContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_resolver.IsEmpty || !text.Contains('['))
        {
            return text;
        }

        return RestoreScanner.Run(text, _resolver, context, final: true, out _);
    }

    public IStreamingTextRestorer BeginStream(TextContext context) => new StreamingRestorer(_resolver, context);

    /// <summary>
    /// For fingerprinting only (keyed HMAC in the audit): calls <paramref name="action"/> with each record and its
    /// value, in record order. Never log, store or send the value.
    /// </summary>
    public void ForEachValue(Action<RedactionRecord, string> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _vault.ForEachValue(action);
    }

    public override string ToString() =>
        $"RedactionSession(records={_vault.Records.Count}, literals={_vault.LiteralCount}, restored={RestoredCount}, unrestored={UnrestoredCount})";
}
