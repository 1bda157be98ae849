using PrivacyProxy.Protocols.Tests.Fakes;

namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>The placeholder map the response tests restore with.</summary>
internal static class Restorers
{
    public const string PersonValue = "Alice O\"Neil";

    public static FakeRestorer Default() => new(new Dictionary<string, string>
    {
        ["[[PERSON_1]]"] = PersonValue,
        ["[[EMAIL_1]]"] = Secrets.Email,
        ["[[PATH_1]]"] = "C:\\Users\\alice",
    });
}
