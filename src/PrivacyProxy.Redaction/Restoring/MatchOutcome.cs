namespace PrivacyProxy.Redaction.Restoring;

/// <summary>What the matcher decided at one position.</summary>
internal enum MatchOutcome
{
    /// <summary>No placeholder or tolerated variant starts here, whatever follows.</summary>
    NoMatch,

    /// <summary>A placeholder-shaped text starts here; decided without looking past its end.</summary>
    Match,

    /// <summary>The text ended while it could still become a match (only when the text is not final).</summary>
    NeedMore,
}
