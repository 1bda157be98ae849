using System.Numerics;
using System.Text;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>
/// Seeded generator of realistic fake values of every class issue 7 names: Luhn-valid cards, mod-97 IBANs, SSNs of a
/// valid area, AWS, GitHub, Slack, OpenAI and Anthropic keys, passwords, e-mail addresses, phones in fictional
/// ranges, public IPv4 addresses and PEM private keys. The same seed gives the same values, so case ids are stable.
/// </summary>
internal sealed class SecretValues(int seed)
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Base64 = Alnum + "+/";

    private static readonly string[] Passwords =
        ["Tr0ub4dor&3x!", "Winter2024!Qz", "S3cure#Pass77", "P@ssw0rd-8812", "MyDog$Rex9vk", "Blue-Falcon-17x", "qW8!zr4Lm2#p"];

    private static readonly string[] Users = ["dana.whitfield", "j.okafor", "mei.tanaka", "lars_berg", "priya.n", "tomas.ruiz"];

    private static readonly string[] Domains = ["contoso-mail.net", "fabrikam.io", "northwind-corp.com", "tailspin.dev", "adatum.org"];

    private readonly Random _random = new(seed);

    /// <summary>Every class once, in a fixed order (for matrices over classes).</summary>
    public IReadOnlyList<Secret> OneOfEach() =>
        [Card(), Aws(), GitHub(), Slack(), OpenAi(), Anthropic(), Password(), Ssn(), Iban(), Email(), Phone(), Ip(), PrivateKey()];

    public Secret Card(string separator = " ")
    {
        bool amex = _random.Next(4) == 0;
        string prefix = amex ? (_random.Next(2) == 0 ? "34" : "37") : _random.Next(2) == 0 ? "4" : "5" + _random.Next(1, 6);
        int length = amex ? 15 : 16;
        string body = prefix + Digits(length - 1 - prefix.Length);
        string full = body + LuhnDigit(body);
        string text = amex
            ? string.Join(separator, full[..4], full[4..10], full[10..])
            : string.Join(separator, full[..4], full[4..8], full[8..12], full[12..]);
        return new Secret("card", text, "my card number is", Numeric: true);
    }

    public Secret Aws() => new("aws", "AKIA" + From("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "aws_access_key_id =", false);

    public Secret GitHub() => new("github", "ghp_" + From(Alnum, 36), "GITHUB_TOKEN=", false);

    public Secret Slack() => new("slack", $"xoxb-{Digits(12)}-{Digits(13)}-{From(Alnum, 24)}", "slack bot token", false);

    public Secret OpenAi() => new("openai", "sk-proj-" + From(Alnum, 48) + "T3BlbkFJ" + From(Alnum, 20), "OPENAI_API_KEY=", false);

    public Secret Anthropic() => new("anthropic", "sk-ant-api03-" + From(Alnum + "-_", 93) + "AA", "ANTHROPIC_API_KEY=", false);

    public Secret Password() => new("password", Passwords[_random.Next(Passwords.Length)] + Digits(2), "the database password is", false);

    public Secret Ssn(string separator = "-")
    {
        int area;
        do
        {
            area = _random.Next(1, 900);
        }
        while (area == 666);
        return new Secret("ssn", $"{area:D3}{separator}{_random.Next(1, 100):D2}{separator}{_random.Next(1, 10000):D4}", "SSN", true);
    }

    public Secret Iban()
    {
        var (country, bban) = _random.Next(3) switch
        {
            0 => ("DE", Digits(18)),
            1 => ("GB", From(Upper, 4) + Digits(14)),
            _ => ("FR", Digits(23)),
        };
        var numeric = new StringBuilder();
        foreach (char c in bban + country + "00")
        {
            numeric.Append(char.IsLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
        }

        int check = 98 - (int)(BigInteger.Parse(numeric.ToString(), System.Globalization.CultureInfo.InvariantCulture) % 97);
        string iban = $"{country}{check:D2}{bban}";
        return new Secret("iban", string.Join(' ', iban.Chunk(4).Select(c => new string(c))), "please pay to IBAN", false);
    }

    public Secret Email() =>
        new("email", $"{Users[_random.Next(Users.Length)]}{_random.Next(2, 99)}@{Domains[_random.Next(Domains.Length)]}", "write to", false);

    public Secret Phone() => new("phone", $"+1 {_random.Next(201, 990)} 555 01{Digits(2)}", "call me on", true);

    public Secret Ip() =>
        new("ip", $"{_random.Next(2) switch { 0 => 84, _ => 185 }}.{_random.Next(16, 250)}.{_random.Next(1, 250)}.{_random.Next(1, 250)}", "the server is at", true);

    public Secret PrivateKey()
    {
        string[] lines = [.. Enumerable.Range(0, 6).Select(_ => From(Base64, 64))];
        string text = "-----BEGIN RSA PRIVATE KEY-----\n" + string.Join('\n', lines) + "\n-----END RSA PRIVATE KEY-----";
        return new Secret("privkey", text, "deploy key:", false, lines);
    }

    public string From(string alphabet, int count)
    {
        var chars = new char[count];
        for (int i = 0; i < count; i++)
        {
            chars[i] = alphabet[_random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string Digits(int count) => From("0123456789", count);

    private static char LuhnDigit(string body)
    {
        int sum = 0;
        for (int i = 0; i < body.Length; i++)
        {
            int d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }
}
