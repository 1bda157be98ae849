using System.Globalization;

namespace PrivacyProxy.Audit;

/// <summary>
/// Where the next page of events starts (keyset paging: events are listed newest first by time, then id). Its text
/// form, <c>&lt;unix ms&gt;.&lt;id&gt;</c>, is what the API returns as <c>next</c> and takes back as <c>page</c>.
/// </summary>
public readonly record struct AuditCursor(long TimeUnixMilliseconds, long Id)
{
    /// <summary>Reads a cursor from its text form; false for anything else.</summary>
    public static bool TryParse(string? text, out AuditCursor cursor)
    {
        cursor = default;
        var dot = text?.IndexOf('.') ?? -1;
        if (dot <= 0
            || !long.TryParse(text.AsSpan(0, dot), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var time)
            || !long.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        cursor = new AuditCursor(time, id);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TimeUnixMilliseconds}.{Id}");
}
