namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>
/// Replaces planted values with <c>&lt;planted#i&gt;</c> before a string reaches an assertion, so a failing test
/// (a leak, or a wrong restore) never prints a planted value. Comparing masked strings compares the originals.
/// </summary>
internal static class Masking
{
    private static readonly string[] Planted = [.. Secrets.All, Restorers.PersonValue, "C:\\Users\\alice"];

    public static string? Masked(this string? text)
    {
        if (text is null)
        {
            return null;
        }

        for (int i = 0; i < Planted.Length; i++)
        {
            text = text.Replace(Planted[i], $"<planted#{i}>", StringComparison.Ordinal);
        }

        return text;
    }
}
