namespace PrivacyProxy.Security;

/// <summary>Names for callers that did not authenticate with a client key.</summary>
internal static class CallerIdentity
{
    /// <summary>The caller id used when no client keys are configured.</summary>
    public const string Anonymous = "anonymous";
}
