using System.Globalization;
using Microsoft.Extensions.Primitives;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard;

/// <summary>
/// The filters a dashboard page, the events API and the CSV export share, read from the query string:
/// <c>from</c>, <c>to</c> (ISO 8601 date or date-time, or Unix seconds; a date-only <c>to</c> includes that whole
/// day), <c>team</c>, <c>caller</c>, <c>category</c>, <c>type</c>, <c>action</c>, <c>upstream</c>, <c>page</c> (the
/// previous answer's <c>next</c>) and <c>limit</c>. Without <c>from</c> and <c>to</c>, the last 24 hours.
/// A bad parameter is an expected failure returned as a <see cref="DashboardQueryError"/>; filter texts are matched
/// as parameters by the store, so any text is harmless.
/// </summary>
internal sealed record DashboardQuery(AuditEventFilter Filter, AuditCursor? Page, int Limit)
{
    /// <summary>The period when none is given.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromHours(24);

    /// <summary>The page size when none is given.</summary>
    public const int DefaultLimit = 100;

    // A filter text longer than any id or name the proxy records can only match nothing; refusing it keeps the
    // answer (which names the parameter, never echoes it) cheap.
    private const int MaxTextLength = 256;

    public AuditPeriod Period => Filter.Period;

    /// <summary>Reads <paramref name="query"/> at <paramref name="now"/>.</summary>
    public static DashboardQueryResult Parse(IQueryCollection query, DateTimeOffset now)
    {
        if (!TryTime(query, "from", endOfDay: false, out var from, out var error)
            || !TryTime(query, "to", endOfDay: true, out var to, out error))
        {
            return error!;
        }

        var end = to ?? (from is { } start && start > now ? start + DefaultPeriod : now);
        var begin = from ?? end - DefaultPeriod;
        if (end < begin)
        {
            return new DashboardQueryError("to", "'to' is before 'from'.");
        }

        if (!TryText(query, "team", out var team, out error)
            || !TryText(query, "caller", out var caller, out error)
            || !TryText(query, "category", out var category, out error)
            || !TryText(query, "type", out var type, out error))
        {
            return error!;
        }

        AuditAction? action = null;
        if (Single(query, "action") is { } actionText)
        {
            action = AuditNames.ParseAction(actionText.ToLowerInvariant());
            if (action is null)
            {
                return new DashboardQueryError("action", "'action' is one of allow, audit-only, redact, mask, route-local, block, refuse.");
            }
        }

        AuditUpstream? upstream = null;
        if (Single(query, "upstream") is { } upstreamText)
        {
            upstream = AuditNames.ParseUpstream(upstreamText.ToLowerInvariant());
            if (upstream is null)
            {
                return new DashboardQueryError("upstream", "'upstream' is one of hosted, local, none.");
            }
        }

        AuditCursor? page = null;
        if (Single(query, "page") is { } pageText)
        {
            if (!AuditCursor.TryParse(pageText, out var cursor))
            {
                return new DashboardQueryError("page", "'page' is the 'next' value of a previous answer.");
            }

            page = cursor;
        }

        int limit = DefaultLimit;
        if (Single(query, "limit") is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > AuditQueryLimits.MaxPageSize))
        {
            return new DashboardQueryError("limit", $"'limit' is a whole number from 1 to {AuditQueryLimits.MaxPageSize}.");
        }

        var filter = new AuditEventFilter(new AuditPeriod(begin, end))
        {
            Team = team,
            Caller = caller,
            // Categories and types are upper-case names (SECRET, AWS_ACCESS_KEY); a filter typed in lower case means the same.
            Category = category?.ToUpperInvariant(),
            Type = type?.ToUpperInvariant(),
            Action = action,
            Upstream = upstream,
        };
        return new DashboardQuery(filter, page, limit);
    }

    /// <summary>The query string of this query's filters (no page), for links to other pages and the export.</summary>
    public QueryString FilterQueryString()
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("from", Filter.Period.From.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            // Rounded up to the second, so a link made at "now" still holds the events of that last second.
            new("to", CeilingToSecond(Filter.Period.To).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        };
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                pairs.Add(new(name, value));
            }
        }

        Add("team", Filter.Team);
        Add("caller", Filter.Caller);
        Add("category", Filter.Category);
        Add("type", Filter.Type);
        Add("action", Filter.Action is { } a ? AuditNames.ToText(a) : null);
        Add("upstream", Filter.Upstream is { } u ? AuditNames.ToText(u) : null);
        return QueryString.Create(pairs);
    }

    private static DateTimeOffset CeilingToSecond(DateTimeOffset time) =>
        time.Ticks % TimeSpan.TicksPerSecond == 0 ? time : time.AddTicks(TimeSpan.TicksPerSecond - (time.Ticks % TimeSpan.TicksPerSecond));

    // An empty parameter (a form's blank field) means "not filtered".
    private static string? Single(IQueryCollection query, string name)
    {
        StringValues values = query[name];
        if (values.Count == 0)
        {
            return null;
        }

        string? value = values[values.Count - 1]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static bool TryText(IQueryCollection query, string name, out string? text, out DashboardQueryError? error)
    {
        text = Single(query, name);
        error = text is { Length: > MaxTextLength } ? new DashboardQueryError(name, $"'{name}' is longer than {MaxTextLength} characters.") : null;
        return error is null;
    }

    private static bool TryTime(IQueryCollection query, string name, bool endOfDay, out DateTimeOffset? time, out DashboardQueryError? error)
    {
        time = null;
        error = null;
        if (Single(query, name) is not { } text)
        {
            return true;
        }

        if (text.Length <= 12 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            time = DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 1));
            return true;
        }

        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day, TimeSpan.Zero);
            time = endOfDay ? start.AddDays(1) : start;
            return true;
        }

        // A script that did not URL-encode "+00:00" sends it as " 00:00": after the time, a space can only be that plus.
        int timeStart = text.IndexOf('T');
        int space = text.LastIndexOf(' ');
        if (timeStart > 0 && space > timeStart)
        {
            text = string.Concat(text.AsSpan(0, space), "+", text.AsSpan(space + 1));
        }

        // ISO 8601 date-times; one without an offset (a browser's datetime-local field) is read as UTC.
        if (text.Length <= 40 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            time = parsed;
            return true;
        }

        error = new DashboardQueryError(name, $"'{name}' is an ISO 8601 date or date-time (2026-12-01, 2026-12-01T09:30:00Z) or Unix seconds.");
        return false;
    }
}

/// <summary>A query parameter the dashboard could not read: which one, and what it accepts (never its value).</summary>
internal sealed record DashboardQueryError(string Parameter, string Message);

/// <summary>Either a <see cref="DashboardQuery"/> or the <see cref="DashboardQueryError"/> that stopped it.</summary>
internal readonly struct DashboardQueryResult
{
    private DashboardQueryResult(DashboardQuery? query, DashboardQueryError? error) => (Query, Error) = (query, error);

    public DashboardQuery? Query { get; }

    public DashboardQueryError? Error { get; }

    public static implicit operator DashboardQueryResult(DashboardQuery query) => new(query, null);

    public static implicit operator DashboardQueryResult(DashboardQueryError error) => new(null, error);
}
