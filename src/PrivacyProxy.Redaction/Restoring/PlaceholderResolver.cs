using PrivacyProxy.Redaction.Placeholders;

namespace PrivacyProxy.Redaction.Restoring;

/// <summary>
/// Decides what a placeholder-shaped text becomes: the value when this session issued it (and, for the single-
/// bracket form, the client never wrote that text itself), else nothing. Counts restored and unresolved ones.
/// </summary>
internal sealed class PlaceholderResolver(PlaceholderAllocator allocator, SingleBracketLiterals singleBracketLiterals)
{
    private int _restored;
    private int _unrestored;

    public int RestoredCount => Volatile.Read(ref _restored);

    public int UnrestoredCount => Volatile.Read(ref _unrestored);

    /// <summary>True when nothing was issued, so nothing can be restored.</summary>
    public bool IsEmpty => allocator.Count == 0;

    public bool TryResolve(ReadOnlySpan<char> text, in PlaceholderMatch match, TextContext context, out string? replacement)
    {
        replacement = null;
        ReadOnlySpan<char> type = match.Type(text);
        bool found = allocator.TryFind(type, match.Digits(text), out IssuedPlaceholder? issued);
        if (match.Form == PlaceholderForm.Single)
        {
            // A single-bracket form is ordinary text unless it names an issued placeholder the client never wrote.
            if (!found || singleBracketLiterals.Contains(match.Body(text)))
            {
                return false;
            }
        }
        else if (!found)
        {
            if (allocator.HasType(type))
            {
                Interlocked.Increment(ref _unrestored);
            }

            return false;
        }

        if (!issued!.Restorable)
        {
            // Masked: the caller sees the placeholder, by policy.
            return false;
        }

        Interlocked.Increment(ref _restored);
        replacement = issued.ValueFor(context);
        return true;
    }
}
