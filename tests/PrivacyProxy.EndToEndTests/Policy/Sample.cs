using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// One fake sensitive value of a known category, type and rule, in a sentence its rule expects (generated, never
/// real; treated as real: assertions print <see cref="Which"/> indexes, never the value).
/// </summary>
internal sealed record Sample(string Category, string Type, string Rule, string Text, string Value)
{
    public static Sample ApiKey { get; } = new("SECRET", "API_KEY", "aws-access-token", $"my key {Planted.AwsKey}", Planted.AwsKey);

    public static Sample Password { get; } = new("SECRET", "PASSWORD", "password-assignment", "config: password = \"Zq8-Lantern-Moss\"", "Zq8-Lantern-Moss");

    public static Sample Email { get; } = new("CONTACT", "EMAIL", "email", $"contact {Planted.Email} for access", Planted.Email);

    public static Sample Card { get; } = new("FINANCIAL", "CREDIT_CARD", "credit-card", $"card {Planted.Card} exp 12/27", Planted.Card);

    public static Sample Ssn { get; } = new("GOV_ID", "US_SSN", "us-ssn", $"SSN: {Planted.Ssn}", Planted.Ssn);

    public static Sample Ip { get; } = new("NETWORK", "IP_ADDRESS", "ipv4-address", $"server {Planted.Ip}", Planted.Ip);

    public static Sample Diagnosis { get; } = new("HEALTH", "DIAGNOSIS", "diagnosis", "she was diagnosed with type 2 diabetes last year", "type 2 diabetes");

    public static Sample Medication { get; } = new("HEALTH", "MEDICATION", "medication", "currently taking metformin 500 mg twice daily", "metformin");

    public static IReadOnlyList<Sample> All { get; } = [ApiKey, Password, Email, Card, Ssn, Ip, Diagnosis, Medication];

    /// <summary>One sample of each category (the first listed), in <see cref="All"/> order.</summary>
    public static IReadOnlyList<Sample> OnePerCategory { get; } = [.. All.DistinctBy(s => s.Category)];

    /// <summary>Indexes (<c>#i</c>, into <see cref="All"/>) of the sample values in <paramref name="text"/>: safe to print.</summary>
    public static string Which(string? text) =>
        string.Join(',', All.Select((s, i) => (s, i)).Where(p => text?.Contains(p.s.Value, StringComparison.Ordinal) == true).Select(p => "#" + p.i));

    /// <summary>The samples' texts joined as one message.</summary>
    public static string Join(IEnumerable<Sample> samples) => string.Join("; ", samples.Select(s => s.Text)) + ".";

    /// <summary>Asserts the two texts are equal; a failure shows only which sample values each holds, never the texts.</summary>
    public static void Equal(string? actual, string expected, string because) =>
        (actual == expected).Should().BeTrue("{0} (the answer holds samples [{1}], the expected text [{2}])", because, Which(actual), Which(expected));

    /// <summary>True when the value occurs in <paramref name="text"/>.</summary>
    public bool In(string? text) => text?.Contains(Value, StringComparison.Ordinal) == true;
}
