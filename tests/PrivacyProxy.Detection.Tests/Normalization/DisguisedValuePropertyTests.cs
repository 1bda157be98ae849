using PrivacyProxy.Detection.Tests.Realistic;

namespace PrivacyProxy.Detection.Tests.Normalization;

/// <summary>
/// Planted values of many kinds, disguised with one to three random <see cref="Disguises"/> (fixed seeds): the
/// detector's findings must cover every character the disguised value occupies, so the placeholder that replaces
/// them leaves none of it. Messages name the case and the disguises, never the value.
/// </summary>
public sealed class DisguisedValuePropertyTests
{
    private const int Cases = 400;
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly string[] PasswordCues = ["password: ", "mot de passe : ", "Passwort: ", "contraseña: ", "senha = ", "wachtwoord: ", "密码：", "пароль: ", "パスワード：", "pwd=", "hasło: "];

    private static PlantedValue Plant(FakeValues fake)
    {
        return fake.Next(11) switch
        {
            0 => new("aws key id", "aws_access_key_id = ", "AKIA" + fake.From(Base32, 16), "\nregion = eu-west-1", Key: true, Grouped: false, Wraps: true),
            1 => new("github token", "export GH_TOKEN=", "ghp_" + fake.From(Alnum, 36), " # ci", Key: true, Grouped: false, Wraps: true),
            2 => new("slack token", "SLACK_BOT_TOKEN: ", $"xoxb-{fake.Digits(12)}-{fake.Digits(12)}-{fake.From(Alnum, 24)}", "\n", Key: true, Grouped: false, Wraps: true),
            3 => new("openai key", "OPENAI_API_KEY=", "sk-proj-" + fake.From(Alnum, 48), "\nMODEL=x", Key: true, Grouped: false, Wraps: true),
            4 => new("card", "card ", fake.Card(" "), " exp 12/27", Key: false, Grouped: true),
            5 => new("dashed card", "paid with ", fake.Card("-"), ", thanks", Key: false, Grouped: true),
            6 => new("iban", "IBAN ", fake.Iban(grouped: true), " please", Key: false, Grouped: true),
            7 => new("ssn", "SSN: ", fake.Ssn(), " on file", Key: false, Grouped: true),
            8 => new("email", "write to ", $"jane.doe{fake.Digits(3)}@acme-corp.com", " today", Key: true, Grouped: false),
            9 => new("anthropic key", "ANTHROPIC_API_KEY=", "sk-ant-api03-" + fake.From(Alnum + "_-", 93) + "AA", "\n", Key: true, Grouped: false, Wraps: true),
            _ => new("password", fake.Pick(PasswordCues), fake.From(Alnum, 9) + fake.Pick(["7!", "#42", "9$", "@1"]), "\n", Key: false, Grouped: false),
        };
    }

    [Fact]
    public void Detect_DisguisedValues_CoverEveryCharacterOfTheValue()
    {
        var detector = ShippedRules.Detector;
        var failures = new List<string>();
        for (var seed = 0; seed < Cases; seed++)
        {
            var fake = new FakeValues(seed);
            var random = new Random(seed);
            var planted = Plant(fake);
            var disguises = Disguises.For(planted);
            var chosen = Enumerable.Range(0, random.Next(1, 4)).Select(_ => disguises[random.Next(disguises.Count)]).Distinct().ToList();
            var value = chosen.Aggregate(planted.Value, (v, d) => d.Apply(v, random));
            var text = planted.Before + value + planted.After;

            var uncovered = Uncovered(detector.Detect(text), planted.Before.Length, planted.Before.Length + value.Length);

            if (uncovered > 0)
            {
                failures.Add($"case {seed}: {planted.Kind} with {string.Join(" + ", chosen.Select(d => d.Name))} left {uncovered} characters");
            }
        }

        failures.Should().BeEmpty("a disguised value must be replaced whole");
    }

    [Fact]
    public void Detect_ValuesWithoutDisguise_AreCoveredToo()
    {
        var detector = ShippedRules.Detector;
        for (var seed = 0; seed < 60; seed++)
        {
            var planted = Plant(new FakeValues(seed));
            var text = planted.Before + planted.Value + planted.After;

            Uncovered(detector.Detect(text), planted.Before.Length, planted.Before.Length + planted.Value.Length)
                .Should().Be(0, $"case {seed} ({planted.Kind}) is the plain value the disguise tests start from");
        }
    }

    private static int Uncovered(IReadOnlyList<Finding> findings, int start, int end)
    {
        var uncovered = 0;
        for (var i = start; i < end; i++)
        {
            if (!findings.Any(f => f.Start <= i && i < f.End))
            {
                uncovered++;
            }
        }

        return uncovered;
    }
}
