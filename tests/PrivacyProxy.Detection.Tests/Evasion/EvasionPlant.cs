using PrivacyProxy.Detection.Tests.Realistic;

namespace PrivacyProxy.Detection.Tests.Evasion;

/// <summary>
/// A fake value of a class issue 7 names, in a sentence its rule recognises: <see cref="Prefix"/> + value +
/// <see cref="Suffix"/>. <see cref="ToString"/> gives the class only, so no test output shows the value.
/// </summary>
internal sealed record EvasionPlant(string Kind, string Prefix, string Value, string Suffix)
{
    public static readonly string[] Kinds =
        ["card", "aws", "github", "slack", "openai", "anthropic", "ssn", "ssn-spaced", "iban", "email", "phone", "ip", "password"];

    /// <summary>The classes written in groups with spaces between (their separators become space-likes).</summary>
    public static readonly string[] Grouped = ["card", "iban", "phone", "ssn-spaced"];

    /// <summary>The classes of long keys, which get wrapped over lines.</summary>
    public static readonly string[] Keys = ["aws", "github", "slack", "openai", "anthropic"];

    private static readonly string[] Passwords = ["Tr0ub4dor&3x!", "Winter2024!Qz", "S3cure#Pass77", "P@ssw0rd-8812", "MyDog$Rex9vk"];
    private static readonly string[] Users = ["dana.whitfield", "j.okafor", "mei.tanaka", "lars_berg", "priya.n"];
    private static readonly string[] Domains = ["contoso-mail.net", "fabrikam.io", "northwind-corp.com", "tailspin.dev"];

    public static EvasionPlant Make(string kind, FakeValues fake) => kind switch
    {
        "card" => new(kind, "my card number is ", fake.Card(" "), " thanks"),
        "aws" => new(kind, "aws_access_key_id = ", "AKIA" + fake.From("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "\n"),
        "github" => new(kind, "GITHUB_TOKEN=", "ghp_" + fake.Token(36), "\n"),
        "slack" => new(kind, "slack bot token ", $"xoxb-{fake.Digits(12)}-{fake.Digits(13)}-{fake.Token(24)}", " please"),
        "openai" => new(kind, "OPENAI_API_KEY=", "sk-proj-" + fake.Token(48) + "T3BlbkFJ" + fake.Token(20), "\n"),
        "anthropic" => new(kind, "ANTHROPIC_API_KEY=", "sk-ant-api03-" + fake.From("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 93) + "AA", "\n"),
        "ssn" => new(kind, "SSN ", fake.Ssn(), " on file"),
        "ssn-spaced" => new(kind, "social security number ", fake.Ssn(" "), " on file"),
        "iban" => new(kind, "please pay to IBAN ", fake.Iban(grouped: true), " today"),
        "email" => new(kind, "write to ", $"{fake.Pick(Users)}{fake.Next(2, 99)}@{fake.Pick(Domains)}", " today"),
        "phone" => new(kind, "call me on ", $"+1 {fake.Next(201, 990)} 555 01{fake.Digits(2)}", " tomorrow"),
        "ip" => new(kind, "the server is at ", $"{fake.Pick(new[] { 84, 91, 185 })}.{fake.Next(16, 250)}.{fake.Next(1, 250)}.{fake.Next(1, 250)}", " now"),
        _ => new(kind, "the database password is ", fake.Pick(Passwords) + fake.Digits(2), " ok"),
    };

    /// <summary>The sentence with the value shown as <paramref name="shown"/>, and where the shown value lies in it.</summary>
    public (string Text, int Start, int End) Sentence(string shown) => (Prefix + shown + Suffix, Prefix.Length, Prefix.Length + shown.Length);

    public override string ToString() => Kind;
}
