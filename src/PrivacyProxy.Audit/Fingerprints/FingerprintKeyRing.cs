namespace PrivacyProxy.Audit;

/// <summary>
/// The current fingerprint key, used for new events, and the earlier ones, still used when searching so events
/// written before a rotation keep being found.
/// </summary>
public sealed class FingerprintKeyRing
{
    /// <summary>A ring with <paramref name="current"/> and any <paramref name="previous"/> keys (duplicates dropped).</summary>
    public FingerprintKeyRing(FingerprintKey current, IEnumerable<FingerprintKey>? previous = null)
    {
        Current = current;
        var all = new List<FingerprintKey> { current };
        foreach (var key in previous ?? [])
        {
            if (!all.Exists(k => k.Id == key.Id))
            {
                all.Add(key);
            }
        }

        All = all;
    }

    /// <summary>The key new fingerprints are made with.</summary>
    public FingerprintKey Current { get; }

    /// <summary>Every key, the current one first.</summary>
    public IReadOnlyList<FingerprintKey> All { get; }
}
