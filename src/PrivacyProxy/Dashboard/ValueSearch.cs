using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard;

/// <summary>
/// "Did this value leave?": fingerprints a typed value under every key and normalisation the store may hold and lists
/// the events that found it. The value lives only in this call: it is never logged, stored, echoed or put in a URL.
/// </summary>
internal sealed class ValueSearch(Fingerprinter fingerprinter, IAuditStore store)
{
    /// <summary>The longest value searched (a PEM private key fits); anything longer is refused, not truncated.</summary>
    public const int MaxValueLength = 16 * 1024;

    /// <summary>The most events one search lists.</summary>
    public const int MaxResults = 500;

    public async Task<ValueSearchResult> FindAsync(string? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new ValueSearchError("The value to search for is empty.");
        }

        if (value.Length > MaxValueLength)
        {
            return new ValueSearchError($"The value to search for is longer than {MaxValueLength} characters.");
        }

        var search = fingerprinter.ForSearch(value.Trim());
        var events = await store.SearchAsync(search.Hashes, MaxResults, cancellationToken);
        return new ValueSearchAnswer(search.Fingerprint, search.Hashes.ToHashSet(StringComparer.Ordinal), events);
    }
}

/// <summary>
/// What a search found: the value's fingerprint under the current key, every hash it was searched by (to tell which
/// of an event's fingerprints was this value's), and its events, newest first.
/// </summary>
internal sealed record ValueSearchAnswer(string Fingerprint, IReadOnlySet<string> Hashes, IReadOnlyList<StoredAuditEvent> Events);

/// <summary>Why a value was not searched (empty, too long); never the value.</summary>
internal sealed record ValueSearchError(string Message);

/// <summary>Either a <see cref="ValueSearchAnswer"/> or the <see cref="ValueSearchError"/> that refused the value.</summary>
internal readonly struct ValueSearchResult
{
    private ValueSearchResult(ValueSearchAnswer? answer, ValueSearchError? error) => (Answer, Error) = (answer, error);

    public ValueSearchAnswer? Answer { get; }

    public ValueSearchError? Error { get; }

    public static implicit operator ValueSearchResult(ValueSearchAnswer answer) => new(answer, null);

    public static implicit operator ValueSearchResult(ValueSearchError error) => new(null, error);
}
