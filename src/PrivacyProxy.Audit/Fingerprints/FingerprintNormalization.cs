namespace PrivacyProxy.Audit;

/// <summary>How a value is made canonical before it is fingerprinted, so that spellings of one value match.</summary>
public enum FingerprintNormalization
{
    /// <summary>Letters and digits only, upper case: card, account and ID numbers with any separators, IBANs.</summary>
    Identifier,

    /// <summary>Trimmed and lower case.</summary>
    Email,

    /// <summary>Trimmed, NFKC, case-folded: everything else (keys, names, addresses).</summary>
    Text,
}
