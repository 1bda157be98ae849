using PrivacyProxy.Detection.Tests.Realistic;

namespace PrivacyProxy.Detection.Tests.Recall;

/// <summary>
/// Seeded generators of the shapes held-out prompts carry for each issue-10 recall item: every token form,
/// separator and cue, planted in realistic sentences (code, config, chat, letters).
/// </summary>
internal static class RecallShapes
{
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string UpperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static RecallCase Slack(FakeValues v)
    {
        var token = v.Next(11) switch
        {
            0 => $"xoxb-{v.Digits(v.Next(9, 14))}-{v.Digits(v.Next(10, 14))}-{v.Token(24)}",
            1 => $"xoxb-{v.Digits(v.Next(9, 14))}-{v.Token(24)}",
            2 => $"xoxp-{v.Digits(v.Next(9, 13))}-{v.Digits(v.Next(9, 13))}-{v.Digits(v.Next(10, 13))}-{v.HexString(32)}",
            3 => $"xoxp-{v.Digits(v.Next(9, 13))}-{v.Digits(v.Next(9, 13))}-{v.Token(24)}",
            4 => $"xoxa-2-{v.Digits(v.Next(9, 13))}-{v.Digits(v.Next(10, 13))}-{v.Digits(13)}-{v.HexString(v.Next(18, 65))}",
            5 => $"xoxr-{v.Digits(v.Next(9, 13))}-{v.Digits(v.Next(10, 13))}-{v.Token(v.Next(24, 40))}",
            6 => $"xoxs-{v.Digits(v.Next(9, 13))}-{v.Digits(v.Next(9, 13))}-{v.Digits(10)}-{v.HexString(v.Next(10, 65))}",
            7 => $"xoxe.xoxp-1-{v.From(Alnum, v.Next(140, 170))}",
            8 => $"xoxe-1-{v.From(Alnum, v.Next(130, 160))}",
            9 => $"xapp-1-A{v.From(UpperDigits, v.Next(8, 12))}-{v.Digits(13)}-{v.HexString(64)}",
            _ => $"https://hooks.slack.com/services/T{v.From(UpperDigits, v.Next(8, 11))}/B{v.From(UpperDigits, v.Next(8, 11))}/{v.Token(24)}",
        };
        var template = v.Pick(new[]
        {
            "SLACK_BOT_TOKEN={v}\n", "export SLACK_TOKEN=\"{v}\"", "{\"slack\": {\"token\": \"{v}\"}}", "slack:\n  token: {v}\n",
            "Here is our Slack token {v} - can you see why the bot can't post?", "client = WebClient(token='{v}')",
            "curl -H 'Authorization: Bearer {v}' https://slack.com/api/auth.test", "webhook: `{v}`.", "token={v}&channel=C024BE91L",
        });
        return RecallCase.Plant(template, token, "API_KEY");
    }

    public static RecallCase UkPhone(FakeValues v)
    {
        var number = v.Next(12) switch
        {
            0 => $"07{v.Digits(3)} {v.Digits(6)}",
            1 => $"07{v.Digits(9)}",
            2 => $"07{v.Digits(3)} {v.Digits(3)} {v.Digits(3)}",
            3 => $"020 {v.Next(3, 9)}{v.Digits(3)} {v.Digits(4)}",
            4 => $"(020) {v.Next(3, 9)}{v.Digits(3)} {v.Digits(4)}",
            5 => $"01{v.Next(2, 10)}{v.Digits(2)} {v.Digits(6)}",
            6 => $"011{v.Next(3, 9)} {v.Digits(3)} {v.Digits(4)}",
            7 => $"01{v.Next(2, 10)}1 {v.Digits(3)} {v.Digits(4)}",
            8 => $"03{v.Digits(2)} {v.Digits(3)} {v.Digits(4)}",
            9 => $"+44 (0){v.Next(1, 8) switch { 7 => "7" + v.Digits(3) + " " + v.Digits(6), _ => "20 " + v.Digits(4) + " " + v.Digits(4) }}",
            10 => $"+44 7{v.Digits(3)} {v.Digits(6)}",
            _ => $"(01{v.Next(2, 10)}{v.Digits(2)}) {v.Digits(6)}",
        };
        var template = v.Pick(new[]
        {
            "You can reach me on {v} after 5pm.", "Mobile: {v}", "Tel {v}", "call me on {v} tomorrow", "My number is {v}.",
            "Please ring the surgery on {v} to rebook.", "contact: Jane Smith, {v}, jane@example.co.uk", "\"phone\": \"{v}\"",
            "If you have questions, phone {v} (Mon-Fri).", "Her landline is {v} and she prefers calls.",
        });
        return RecallCase.Plant(template, number, "PHONE");
    }

    public static RecallCase SpacedSsn(FakeValues v)
    {
        var ssn = v.Ssn(" ");
        var template = v.Pick(new[]
        {
            "My SSN is {v}.", "SSN: {v}", "Social Security Number: {v}", "social security no. {v}", "SSN# {v}",
            "His social security number is {v} and his DOB is 04/12/1980.", "ssn {v}", "SS#: {v}", "Soc Sec {v}",
            "Social Security number (SSN): {v}", "patient SSN - {v}", "\"ssn\": \"{v}\"",
        });
        return RecallCase.Plant(template, ssn, "US_SSN");
    }

    public static RecallCase Passport(FakeValues v)
    {
        var number = v.Next(9) switch
        {
            0 => $"{v.From("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}{v.Digits(7)}",
            1 => $"{v.From("ABCDEFGHJKLMNPRSTUVWXYZ", 1)}{v.Digits(8)}",
            2 => $"{v.From("CFGHJKLMNPRTVWXYZ", 1)}{v.From("CFGHJKLMNPRTVWXYZ0123456789", 4)}{v.Digits(1)}{v.From("CFGHJKLMNPRTVWXYZ0123456789", 3)}",
            3 => $"{v.Digits(2)}{v.From("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2)}{v.Digits(5)}",
            4 => $"{v.From("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3)}{v.Digits(6)}",
            5 => $"{v.Digits(9)}",
            6 => $"{v.From("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}{v.Digits(6)}",
            7 => $"{v.From(UpperDigits, 4)}{v.Digits(2)}{v.From(UpperDigits, 3)}",
            _ => $"{v.From("ABCDEFGHJKLMNPRSTUVWXYZ", 1)}{v.Digits(7)}",
        };
        var template = v.Pick(new[]
        {
            "passport no. {v}", "Passport number: {v}", "my passport number is {v}", "Reisepass {v} ausgestellt",
            "Reisepassnummer: {v}", "numéro de passeport {v}", "passeport n° {v}", "Passport No: {v} (expires 2031)",
            "passport #{v}", "traveller passport: {v}", "número de pasaporte {v}", "Passport {v}, issued in London",
        });
        return RecallCase.Plant(template, number, "PASSPORT");
    }

    public static RecallCase Password(FakeValues v)
    {
        string[] words = ["correct", "horse", "battery", "staple", "purple", "monkey", "dishwasher", "river", "tiger", "maple", "orbit", "velvet"];
        var password = v.Next(6) switch
        {
            0 => string.Join('_', Enumerable.Range(0, v.Next(3, 5)).Select(_ => v.Pick(words))),
            1 => string.Join('-', Enumerable.Range(0, v.Next(3, 5)).Select(_ => v.Pick(words))),
            2 => $"{char.ToUpperInvariant(v.Pick(words)[0])}{v.From(Lower, 2)}{v.Digits(1)}{v.From(Lower, 1)}{v.From("!@#$%&*?", 1)}{v.From(Lower, 1)}",
            3 => $"{v.From(Lower, 1)}@{v.From(Lower, 2)}{v.Digits(1)}",
            4 => $"{v.Pick(words)}{v.Digits(1)}{v.From("!@#$%&*?", 1)}",
            _ => $"{v.From(Lower, 2)}{v.From("!@#$%&*?", 1)}{v.From(Lower, 2)}{v.Digits(2)}",
        };
        var template = v.Pick(new[]
        {
            "my password is {v}", "My password is {v}, please don't share it.", "pwd: {v}", "passcode {v}",
            "the password for the staging box is {v}", "Password: {v}", "password = {v}", "new password: {v}",
            "the wifi password is {v} btw", "use the password {v} to log in", "pw is {v}", "Passwort: {v}",
            "temporary password {v}", "set the password to {v} and restart",
        });
        return RecallCase.Plant(template, password, "PASSWORD");
    }

    public static RecallCase MultiWordHealth(FakeValues v)
    {
        var (name, type) = v.Pick(new (string, string)[]
        {
            ("lithium carbonate", "MEDICATION"), ("metformin hydrochloride", "MEDICATION"), ("sertraline hydrochloride", "MEDICATION"),
            ("levothyroxine sodium", "MEDICATION"), ("amlodipine besylate", "MEDICATION"), ("losartan potassium", "MEDICATION"),
            ("atorvastatin calcium", "MEDICATION"), ("valproic acid", "MEDICATION"), ("insulin glargine", "MEDICATION"),
            ("ferrous sulfate", "MEDICATION"), ("folic acid", "MEDICATION"), ("esomeprazole magnesium", "MEDICATION"),
            ("early-onset Alzheimer's disease", "DIAGNOSIS"), ("type 2 diabetes mellitus", "DIAGNOSIS"),
            ("chronic obstructive pulmonary disease", "DIAGNOSIS"), ("major depressive disorder", "DIAGNOSIS"),
            ("generalized anxiety disorder", "DIAGNOSIS"), ("bipolar I disorder", "DIAGNOSIS"), ("chronic kidney disease", "DIAGNOSIS"),
            ("congestive heart failure", "DIAGNOSIS"), ("post-traumatic stress disorder", "DIAGNOSIS"), ("rheumatoid arthritis", "DIAGNOSIS"),
            ("early onset Alzheimer's disease", "DIAGNOSIS"), ("type 1 diabetes mellitus", "DIAGNOSIS"), ("non-small cell lung cancer", "DIAGNOSIS"),
        });
        var template = v.Pick(new[]
        {
            "The patient was started on {v} last month.", "Diagnosis: {v}.", "history of {v}, stable", "She has {v} and sees Dr Patel.",
            "Rx: {v} as directed", "Assessment: {v}; plan to review in 6 weeks.", "\"condition\": \"{v}\"",
        });
        return RecallCase.Plant(template, name, type);
    }

    public static RecallCase LabelledMistyped(FakeValues v)
    {
        var kind = v.Next(4);
        var (value, type) = kind switch
        {
            0 => (Spoil(v, v.Card(v.Pick(new[] { " ", "-", string.Empty }))), "CREDIT_CARD"),
            1 => (Spoil(v, v.Aba()), "ROUTING_NUMBER"),
            2 => (Spoil(v, v.Iban(v.Next(2) == 0)), "IBAN"),
            _ => (Spoil(v, v.Nhs(v.Pick(new[] { " ", "-", string.Empty }))), "NHS_NUMBER"),
        };
        var labels = kind switch
        {
            0 => new[] { "card number", "credit card", "Card number:", "credit card no.", "debit card", "my card number is", "Card #" },
            1 => new[] { "routing number", "ABA", "routing number:", "ABA routing number", "RTN:", "routing #" },
            2 => new[] { "IBAN", "IBAN:", "my IBAN is", "IBAN no." },
            _ => new[] { "NHS number", "NHS number:", "NHS no.", "NHS No:", "his NHS number is" },
        };
        var template = v.Pick(new[] { "{l} {v}", "Please update: {l} {v}.", "{l} {v} (from the form)" }).Replace("{l}", v.Pick(labels), StringComparison.Ordinal);
        return RecallCase.Plant(template, value, type);
    }

    public static RecallCase Cvv(FakeValues v)
    {
        var cvv = v.Digits(v.Next(3, 5));
        var template = v.Pick(new[]
        {
            "CVV {v}", "CVV: {v}", "cvc {v}", "exp 09/28 CVV2 {v}", "security code {v}", "card verification code: {v}",
            "(CVV {v}) was charged $583.36", "CVC/CVV: {v}", "CVV is {v}", "{\"card\": {\"cvv\": \"{v}\"}}", "cvv={v}&exp=0928", "<cvv>{v}</cvv>",
        });
        return RecallCase.Plant(template, cvv, "CVV");
    }

    public static RecallCase PersonEmail(FakeValues v)
    {
        string[] first = ["jane", "omar", "li", "priya", "tom", "maria"];
        string[] last = ["smith", "haddad", "wei", "nair", "okafor", "rossi"];
        var address = $"{v.Pick(first)}{v.Pick(new[] { ".", "_", string.Empty })}{v.Pick(last)}@{v.Pick(new[] { "gmail.com", "acme.io", "nhs.net", "example.co.uk" })}";
        return RecallCase.Plant(v.Pick(new[] { "email me at {v}", "From: {v}", "contact {v} for access" }), address, "EMAIL");
    }

    /// <summary>Changes one digit so the value fails its checksum (a typo), keeping its shape.</summary>
    private static string Spoil(FakeValues v, string value)
    {
        var positions = Enumerable.Range(0, value.Length).Where(i => char.IsAsciiDigit(value[i])).ToList();
        var at = positions[v.Next(2, positions.Count)];
        var digit = (char)('0' + (((value[at] - '0') + v.Next(1, 10)) % 10));
        return value[..at] + digit + value[(at + 1)..];
    }
}
