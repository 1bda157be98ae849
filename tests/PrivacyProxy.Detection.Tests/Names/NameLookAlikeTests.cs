namespace PrivacyProxy.Detection.Tests.Names;

/// <summary>
/// Text with capitalised words that are not people: code, class names, brands, places, streets, headings, months,
/// words that are also given names, and prose whose sentences start with capitals. No PERSON finding in any.
/// </summary>
public sealed class NameLookAlikeTests
{
    public static TheoryData<string, string> LookAlikes() => new()
    {
        { "country", "Jordan is a country in the Middle East." },
        { "modal verb", "Will will review it; Mark the task done and Grant access." },
        { "grace period", "The Grace Period ends in April 2026, and May June be late?" },
        { "class names", "public class JaneDoe : MaryPoppinsService, IJohnSmithRepository { }" },
        { "method call", "var user = John.Smith(); user_John = Mary.Jones.Name;" },
        { "member access", "if (Emily.Johnson == null) throw new Exception(Sarah.Connor);" },
        { "file path", "open /home/Robert/Harris/notes.txt and C:\\Users\\Emily\\Johnson\\file.cs" },
        { "CamelCase", "DavidBrownController calls EmilyJohnsonFactory.Create()" },
        { "languages", "We use Java, Ruby, Python and React; Julia Programming is next." },
        { "brands", "Morgan Stanley and Goldman Sachs bought Amazon Web Services credits." },
        { "fashion brands", "She wore Calvin Klein and Ralph Lauren to the launch." },
        { "places", "Flights from Paris to Victoria and Sydney via Dallas." },
        { "streets", "Turn left on Victoria Road, then Baker Street and Elizabeth Avenue." },
        { "organisations", "Johns Hopkins University and St. Mary Hospital signed the deal." },
        { "heading", "Data Protection Officer Responsibilities" },
        { "title case heading", "## Getting Started With The Project Setup Guide" },
        { "months", "Invoices for March, April and June are due on Monday." },
        { "placeholder people", "Name: John Doe, or Jane Doe, or Max Mustermann in the docs." },
        { "sentence starts", "Summer is here. Hope you are well. Max speed reached. Chase the bug." },
        { "settings", "Max Length and Mark Down are settings; Will Return is a flag." },
        { "lone given name", "Thomas went home. Then Sarah left." },
        { "lowercase", "emily johnson wrote to robert harris" },
        { "env variable", "export JOHN_SMITH=1 && echo $EMILY_JOHNSON" },
        { "url", "https://example.org/Emily/Johnson?id=3 and @EmilyJohnson" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Detect_CapitalisedNonPeople_FindsNoPerson(string kind, string text)
    {
        var findings = ShippedRules.Detector.Detect(text);

        findings.Where(f => f.Type == "PERSON").Select(f => $"{f.RuleId} [{f.Start},{f.End})")
            .Should().BeEmpty($"{kind} holds no person");
    }
}
