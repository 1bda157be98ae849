using System.Text;

namespace PrivacyProxy.Detection.Tests.Normalization;

/// <summary>
/// What the folded and joined views must not invent: prose in other scripts, accented words, full-width
/// punctuation, and hashes or ids with zero-width characters, other spaces or line breaks in them stay clean.
/// </summary>
public sealed class FoldedLookAlikeTests
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "Russian prose", "Привет! Сегодня мы обсудим архитектуру сервиса и план на 2025 год. Пароль от Wi-Fi спросите у администратора." },
        { "Russian code comment", "// Проверяем, что пароль не пустой и длиннее 8 символов\nif (password.Length < 8) return false;" },
        { "Chinese prose", "这是一个普通的中文句子，我们明天下午三点开会，请准时参加。忘记密码请联系管理员。" },
        { "Japanese prose", "日本語のテキスト：こんにちは、元気ですか？（全角句読点）パスワードを忘れた場合は、管理者に連絡してください。" },
        { "Japanese full-width numbers", "会議は１０月１５日（火）の１４：３０からです。参加者は２０名です。" },
        { "French prose", "Le café était très agréable ; nous avons réservé l'hôtel à Genève pour la conférence de décembre." },
        { "French password advice", "Votre mot de passe doit contenir au moins 12 caractères. Mot de passe oublié ?" },
        { "German prose", "Die Größe der Datei überschreitet das Limit. Passwort vergessen? Klicken Sie hier." },
        { "Spanish prose", "La contraseña debe tener al menos ocho caracteres y una mayúscula." },
        { "Greek prose", "Καλημέρα σας, η συνάντηση είναι στις 10 το πρωί." },
        { "typographic text", "It’s a “quoted” word — with an en–dash, a … and a non\u00A0breaking space." },
        { "git SHAs listed", "commits:\n3f2a9c1b7e8d4f6a0b5c9e2d1f7a8b3c4d5e6f7a\n9fceb02d0ae598e95dc970b74767f19372d61af8\n" },
        { "UUID with NBSP", "id:\u00A0550e8400-e29b-41d4-a716-446655440000\u00A0done" },
        { "sha256 wrapped", "sha256:\ne3b0c44298fc1c149afbf4c8996fb924\n27ae41e4649b934ca495991b7852b855\n" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Detect_TextInOtherScriptsAndForms_ReportsNothing(string kind, string text)
    {
        var findings = ShippedRules.Detector.Detect(text);

        findings.Select(f => f.RuleId).Should().BeEmpty($"{kind} holds nothing sensitive");
    }

    [Fact]
    public void Detect_HashesAndIdsWithInvisibleCharacters_ReportNothing()
    {
        var detector = ShippedRules.Detector;
        var random = new Random(11);
        string[] inserts = ["\u200B", "\u2060", "\u00AD", "\uFEFF", "\u200D"];
        var failures = new List<string>();
        for (var round = 0; round < 200; round++)
        {
            var hex = RandomHex(random, random.Next(2) == 0 ? 40 : 64);
            var uuid = $"{RandomHex(random, 8)}-{RandomHex(random, 4)}-4{RandomHex(random, 3)}-a{RandomHex(random, 3)}-{RandomHex(random, 12)}";
            var value = new StringBuilder(random.Next(2) == 0 ? hex : uuid);
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                value.Insert(random.Next(1, value.Length), inserts[random.Next(inserts.Length)]);
            }

            var text = random.Next(2) == 0 ? $"commit {value} (HEAD)" : $"\"requestId\":\u00A0\"{value}\"";
            if (detector.Detect(text).Count > 0)
            {
                failures.Add($"round {round}");
            }
        }

        failures.Should().BeEmpty("a hash or id stays a hash or id when invisible characters are in it");
    }

    private static string RandomHex(Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[random.Next(16)]));
}
