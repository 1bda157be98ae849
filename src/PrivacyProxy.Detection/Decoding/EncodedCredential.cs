namespace PrivacyProxy.Detection.Decoding;

/// <summary>
/// A decoded <c>user:password</c> under a key that holds one (Basic, npm <c>_auth</c>, docker <c>auth</c>): the
/// decoded text has no cue a rule could use, so the key alone makes it a credential.
/// </summary>
internal static class EncodedCredential
{
    public const string RuleId = "encoded-user-password";
    public const string Type = "PASSWORD";

    private const int MaxLength = 512;

    public static bool IsCredential(string text, int runStart, string decoded)
    {
        if (decoded.Length > MaxLength || !KeyCue.IsCredentialKey(text, runStart))
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == decoded.Length - 1)
        {
            return false;
        }

        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
