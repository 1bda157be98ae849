namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>What a case requires of the proxy.</summary>
internal enum Expect
{
    /// <summary>Refused (4xx in the protocol's shape, nothing forwarded) or forwarded with the value in no form.</summary>
    NoLeak,

    /// <summary>Refused in the protocol's shape, nothing forwarded (input the proxy cannot scan).</summary>
    Refused,

    /// <summary>Forwarded with the text unchanged (a look-alike that must not be redacted).</summary>
    Intact,
}

/// <summary>
/// One catalogue row: an id (<c>class.variant-value.route</c>), the route's family and error dialect, the request to
/// send, and either the planted <see cref="Secret"/> that must not leave or the <see cref="IntactText"/> that must
/// arrive as sent.
/// </summary>
internal sealed record EvasionCase(
    string Id, Carrier Carrier, Func<HttpRequestMessage> Request, Expect Expect, Secret? Secret = null, string? IntactText = null)
{
    public static EvasionCase NoLeak(string id, Carrier carrier, Secret secret, Func<HttpRequestMessage> request) =>
        new(id, carrier, request, Expect.NoLeak, secret);

    /// <summary>A text carrying the secret (plain, disguised or encoded) in the carrier's main text field.</summary>
    public static EvasionCase InText(string id, Carrier carrier, Secret secret, string text) =>
        new(id, carrier, () => carrier.Text(text), Expect.NoLeak, secret);

    public static EvasionCase Refused(string id, Carrier carrier, Secret secret, Func<HttpRequestMessage> request) =>
        new(id, carrier, request, Expect.Refused, secret);

    public static EvasionCase Intact(string id, Carrier carrier, string text) =>
        new(id, carrier, () => carrier.Text(text), Expect.Intact, IntactText: text);

    public override string ToString() => Id;
}
