using System.Text;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>The planted values of <see cref="Sessions.Detector"/>, and leak checks that never print them.</summary>
internal static class Planted
{
    public const string Path = "C:\\Users\\alice";

    public static readonly string[] All = [Secrets.Email, Secrets.ApiKey, Secrets.Card, Restorers.PersonValue, Path];

    public static RedactionSession Session() => new(Sessions.Detector());

    public static bool AnyIn(string? text) => text is not null && All.Any(v => text.Contains(v, StringComparison.Ordinal));

    public static bool AnyIn(byte[] body) => AnyIn(Encoding.UTF8.GetString(body)) || AnyIn(Encoding.Latin1.GetString(body));

    /// <summary>A document with every planted value, in a shape a real text file would have.</summary>
    public static string Document(string prefix = "") =>
        $"{prefix}Customer: {Restorers.PersonValue}\r\nEmail: {Secrets.Email}\nKey={Secrets.ApiKey}\n" +
        $"Card {Secrets.Card}; home {Path}\n\u5317\u4eac \ud83d\ude00 done\n";
}
