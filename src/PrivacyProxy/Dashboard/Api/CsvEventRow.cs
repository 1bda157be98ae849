using System.Globalization;
using System.Text;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// The export's columns: the events API's fields (fingerprints left out: the export is for people and
/// spreadsheets), findings as <c>CATEGORY/TYPE/rule xN; ...</c>. Rows end in CRLF (RFC 4180).
/// </summary>
internal static class CsvEventRow
{
    public const string Header =
        "id,time,requestId,caller,team,route,protocol,upstream,model,policy,action,shadowPolicy,shadowAction,findings," +
        "placeholdersIssued,placeholdersMangled,bytesIn,bytesOut,scanMs,upstreamMs,status\r\n";

    public static void Append(StringBuilder row, StoredAuditEvent stored)
    {
        var e = stored.Event;
        row.Append(stored.Id.ToString(CultureInfo.InvariantCulture)).Append(',');
        Cell(row, ApiJson.Time(e.Time));
        Cell(row, e.RequestId.Value);
        Cell(row, e.Caller?.Value);
        Cell(row, e.Team?.Value);
        Cell(row, e.Route.Value);
        Cell(row, e.Protocol.Value);
        Cell(row, AuditNames.ToText(e.Upstream));
        Cell(row, e.Model?.Value);
        Cell(row, e.Policy.Value);
        Cell(row, AuditNames.ToText(e.Action));
        Cell(row, e.ShadowPolicy?.Value);
        Cell(row, e.ShadowAction is { } shadow ? AuditNames.ToText(shadow) : null);
        Cell(row, Findings(e));
        row.Append(CultureInfo.InvariantCulture, $"{e.PlaceholdersIssued},{e.PlaceholdersMangled},{e.BytesIn},{e.BytesOut},");
        row.Append(CultureInfo.InvariantCulture, $"{ApiJson.Milliseconds(e.ScanTime)},{ApiJson.Milliseconds(e.UpstreamLatency)},{e.StatusCode}\r\n");
    }

    /// <summary><c>SECRET/AWS_ACCESS_KEY/aws-access-key x2; GOV_ID/US_SSN/us-ssn x1</c>; empty without findings.</summary>
    public static string Findings(AuditEvent e) =>
        string.Join("; ", e.Findings.Select(static f => string.Create(CultureInfo.InvariantCulture, $"{f.Category}/{f.Type}/{f.Rule} x{f.Count}")));

    private static void Cell(StringBuilder row, string? text)
    {
        CsvCell.Append(row, text);
        row.Append(',');
    }
}
