using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace PrivacyProxy.Detection.Tests.Realistic;

/// <summary>
/// Seeded generator of fake but well-formed values: checksummed ids (SSN rules, Luhn, ABA, NHS mod 11, NPI,
/// Verhoeff, IBAN mod 97, DNI, Base58Check), documentation IP ranges, fictional phone ranges, random tokens.
/// </summary>
internal sealed class FakeValues(int seed)
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Hex = "0123456789abcdef";

    private static readonly int[,] VerhoeffD =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] VerhoeffP =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private static readonly int[] VerhoeffInv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

    private readonly Random random = new(seed);

    public int Next(int max) => random.Next(max);

    public int Next(int min, int max) => random.Next(min, max);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }

    public string From(string alphabet, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    public string HexString(int count) => From(Hex, count);

    public string Token(int count) => From(Alnum, count);

    public string Ssn(string separator = "-")
    {
        int area;
        do
        {
            area = random.Next(1, 900);
        }
        while (area == 666);
        return $"{area:D3}{separator}{random.Next(1, 100):D2}{separator}{random.Next(1, 10000):D4}";
    }

    public string Itin()
    {
        int[] groups = [.. Enumerable.Range(50, 16), .. Enumerable.Range(70, 19), 90, 91, 92, .. Enumerable.Range(94, 6)];
        return $"9{Digits(2)}-{Pick(groups)}-{random.Next(1, 10000):D4}";
    }

    public string Ein() => $"{Pick(new[] { "12", "20", "27", "35", "46", "52", "61", "75", "84", "94" })}-{Digits(7)}";

    public string Nino(bool spaced)
    {
        const string first = "ABCEGHJKLMNOPRSTWXYZ";
        const string second = "ABCEGHJKLMNPRSTWXYZ";
        string prefix;
        do
        {
            prefix = $"{first[random.Next(first.Length)]}{second[random.Next(second.Length)]}";
        }
        while (prefix is "BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ");
        var d = Digits(6);
        var suffix = "ABCD"[random.Next(4)];
        return spaced ? $"{prefix} {d[..2]} {d[2..4]} {d[4..]} {suffix}" : $"{prefix}{d}{suffix}";
    }

    public string CaSin(string separator)
    {
        var body = $"{"1234567 9".Replace(" ", string.Empty)[random.Next(8)]}{Digits(7)}";
        var full = body + LuhnDigit(body);
        return $"{full[..3]}{separator}{full[3..6]}{separator}{full[6..]}";
    }

    public string Aadhaar(string separator)
    {
        var body = $"{random.Next(2, 10)}{Digits(10)}";
        var full = body + VerhoeffDigit(body);
        return $"{full[..4]}{separator}{full[4..8]}{separator}{full[8..]}";
    }

    public string InPan() => $"{From(Upper, 3)}{"PCHFATBLJG"[random.Next(10)]}{From(Upper, 1)}{Digits(4)}{From(Upper, 1)}";

    public string EsDni()
    {
        var n = random.Next(10_000_000, 99_999_999);
        return $"{n}{"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}";
    }

    public string Card(string separator)
    {
        var kind = random.Next(3);
        var prefix = kind switch { 0 => "4", 1 => $"5{random.Next(1, 6)}", _ => random.Next(2) == 0 ? "34" : "37" };
        var length = kind == 2 ? 15 : 16;
        var body = prefix + Digits(length - 1 - prefix.Length);
        var full = body + LuhnDigit(body);
        return length == 15
            ? $"{full[..4]}{separator}{full[4..10]}{separator}{full[10..]}"
            : $"{full[..4]}{separator}{full[4..8]}{separator}{full[8..12]}{separator}{full[12..]}";
    }

    public string Aba()
    {
        while (true)
        {
            var body = $"{Pick(new[] { "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32" })}{Digits(6)}";
            for (var check = 0; check < 10; check++)
            {
                var s = body + check;
                var sum = 0;
                for (var i = 0; i < 9; i++)
                {
                    sum += (s[i] - '0') * (i % 3 == 0 ? 3 : i % 3 == 1 ? 7 : 1);
                }

                if (sum % 10 == 0)
                {
                    return s;
                }
            }
        }
    }

    public string Iban(bool grouped)
    {
        var (country, bban) = random.Next(4) switch
        {
            0 => ("DE", Digits(18)),
            1 => ("GB", From(Upper, 4) + Digits(14)),
            2 => ("FR", Digits(23)),
            _ => ("NL", From(Upper, 4) + Digits(10)),
        };
        var rearranged = bban + country + "00";
        var numeric = new StringBuilder();
        foreach (var c in rearranged)
        {
            numeric.Append(char.IsLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
        }

        var check = 98 - (int)(BigInteger.Parse(numeric.ToString(), System.Globalization.CultureInfo.InvariantCulture) % 97);
        var iban = $"{country}{check:D2}{bban}";
        return grouped ? string.Join(' ', iban.Chunk(4).Select(c => new string(c))) : iban;
    }

    public string Nhs(string separator)
    {
        while (true)
        {
            var body = Digits(9);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (body[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 10 || body[0] == '0')
            {
                continue;
            }

            var full = body + (check == 11 ? 0 : check);
            return $"{full[..3]}{separator}{full[3..6]}{separator}{full[6..]}";
        }
    }

    public string Npi()
    {
        var body = $"{random.Next(1, 3)}{Digits(8)}";
        return body + LuhnDigit("80840" + body);
    }

    public string Mbi(bool dashed)
    {
        const string letters = "ACDEFGHJKMNPQRTUVWXY";
        const string alnum = "ACDEFGHJKMNPQRTUVWXY0123456789";
        var s = $"{random.Next(1, 10)}{From(letters, 1)}{From(alnum, 1)}{Digits(1)}";
        var t = $"{From(letters, 1)}{From(alnum, 1)}{Digits(1)}";
        var u = $"{From(letters, 2)}{Digits(2)}";
        return dashed ? $"{s}-{t}-{u}" : s + t + u;
    }

    public string Bitcoin()
    {
        var payload = new byte[25];
        payload[0] = 0;
        random.NextBytes(payload.AsSpan(1, 20));
        var hash = SHA256.HashData(SHA256.HashData(payload.AsSpan(0, 21)));
        hash.AsSpan(0, 4).CopyTo(payload.AsSpan(21));
        const string alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        var value = new BigInteger(payload, isUnsigned: true, isBigEndian: true);
        var sb = new StringBuilder();
        while (value > 0)
        {
            sb.Insert(0, alphabet[(int)(value % 58)]);
            value /= 58;
        }

        return "1" + sb;
    }

    public string Ipv4()
    {
        return random.Next(6) switch
        {
            0 => $"192.0.2.{random.Next(1, 255)}",
            1 => $"198.51.100.{random.Next(1, 255)}",
            2 => $"203.0.113.{random.Next(1, 255)}",
            3 => $"10.{random.Next(0, 255)}.{random.Next(0, 255)}.{random.Next(1, 255)}",
            4 => $"192.168.{random.Next(0, 255)}.{random.Next(1, 255)}",
            _ => $"172.{random.Next(16, 32)}.{random.Next(0, 255)}.{random.Next(1, 255)}",
        };
    }

    public string Ipv6() => random.Next(2) == 0
        ? $"2001:db8:{HexString(4).TrimStart('0')}::{HexString(3).TrimStart('0')}"
        : $"2001:0db8:85a3:0000:0000:8a2e:{HexString(4)}:{HexString(4)}";

    public string Mac() => string.Join(random.Next(2) == 0 ? ':' : '-', Enumerable.Range(0, 6).Select(_ => From("0123456789ABCDEF", 2)));

    public static char LuhnDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static char VerhoeffDigit(string body)
    {
        var c = 0;
        for (var i = 0; i < body.Length; i++)
        {
            c = VerhoeffD[c, VerhoeffP[(i + 1) % 8, body[body.Length - 1 - i] - '0']];
        }

        return (char)('0' + VerhoeffInv[c]);
    }
}
