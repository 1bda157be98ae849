namespace PrivacyProxy.Redaction.Restoring;

/// <summary>Which bracket form a placeholder-shaped text used.</summary>
internal enum PlaceholderForm
{
    /// <summary><c>[[TYPE_n]]</c> and its tolerated variants (case, inner spaces, escaped brackets).</summary>
    Double,

    /// <summary><c>[TYPE_n]</c>: a model that dropped a bracket, or ordinary text.</summary>
    Single,
}
