using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Transport;

/// <summary>Leak checks over everything a request left the proxy with, as sent and in every decoded form.</summary>
internal static class Leaks
{
    /// <summary>
    /// Indexes of planted values in the recorded request (method, path, query, headers, body), also after
    /// percent-decoding it until stable: safe to print, empty when none.
    /// </summary>
    public static string In(RecordedRequest request)
    {
        string text = request.Everything;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (int round = 0; round < 10; round++)
        {
            foreach (var hit in Planted.Which(text).Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                found.Add(hit);
            }

            string next = Uri.UnescapeDataString(text.Replace('+', ' '));
            if (next == text)
            {
                break;
            }

            text = next;
        }

        return string.Join(',', found);
    }
}
