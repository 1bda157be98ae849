namespace PrivacyProxy.Detection.Tests.Names;

/// <summary>
/// Recall of PERSON on generated sentences: random people from the shipped lists (seeded) in many templates and
/// several languages, with and without cue words. Each family must find the exact name span in most sentences.
/// Messages name the family and counts only, never a planted name.
/// </summary>
public sealed class NameRecallTests
{
    private const int Samples = 300;
    private const double Floor = 0.95;

    // {N}: a full name; {G}: a given name alone; {S}: a surname alone (after a title).
    public static TheoryData<string, string> Families() => new()
    {
        { "prose en", "Please forward the contract to {N} before Friday." },
        { "prose en start", "{N} will join the call at 3pm to review the budget." },
        { "prose en object", "Yesterday I spoke with {N} about the overdue invoice." },
        { "prose de", "Ich habe gestern mit {N} über die Rechnung gesprochen." },
        { "prose fr", "J'ai parlé hier avec {N} de la facture impayée." },
        { "prose es", "Ayer hablé con {N} sobre la factura pendiente." },
        { "prose it", "Ieri ho parlato con {N} della fattura." },
        { "prose nl", "Gisteren heb ik {N} gebeld over de factuur." },
        { "list", "Attendees: {N}, {N2} and the finance team." },
        { "json value", "{\"customer\": \"{N}\", \"plan\": \"pro\"}" },
        { "csv row", "1042,{N},active,2024-03-01" },
        { "email header", "From: {N} <someone@example.org>\nSubject: invoice" },
        { "to header", "To: {N} <someone@example.org>" },
        { "author line", "Author: {N}\nDate: Tue Mar 5 2024" },
        { "signed-off-by", "Signed-off-by: {N} <someone@example.org>" },
        { "co-authored-by", "Co-authored-by: {N} <someone@example.org>" },
        { "signature", "Thanks for your help.\n\nBest regards,\n{N}" },
        { "patient", "patient {N} was admitted with chest pain" },
        { "salutation dear", "Dear {G},\nthank you for your letter." },
        { "salutation hi", "Hi {G},\nthe build is green." },
        { "salutation hello", "Hello {G}, can you review this?" },
        { "title en", "Please ask Dr. {S} to call back." },
        { "title de", "Sehr geehrte Frau {S}, vielen Dank." },
        { "title fr", "Bonjour Mme {S}, merci." },
        { "title es", "Estimado Sr. {S}, gracias." },
        { "sign-off given", "See you tomorrow.\n\nCheers,\n{G}" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void Detect_GeneratedPeople_FindsTheNameSpan(string family, string template)
    {
        var random = new Random(family.GetHashCode(StringComparison.Ordinal) & 0x7fff ^ 7919);
        var found = 0;
        for (var i = 0; i < Samples; i++)
        {
            var (text, spans) = Fill(template, random);
            var findings = ShippedRules.Detector.Detect(text);
            if (spans.All(s => findings.Any(f => f.Category == Categories.Personal && f.Type == "PERSON" && f.Start == s.Start && f.End == s.End)))
            {
                found++;
            }
        }

        var recall = (double)found / Samples;
        recall.Should().BeGreaterThanOrEqualTo(Floor, $"family '{family}' found {found} of {Samples} names");
    }

    private static (string Text, List<(int Start, int End)> Spans) Fill(string template, Random random)
    {
        var spans = new List<(int Start, int End)>();
        var text = new System.Text.StringBuilder();
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            var slot = close < 0 ? null : template[(open + 1)..close];
            if (slot is not ("N" or "N2" or "G" or "S"))
            {
                var next = open < 0 ? template.Length : open + 1;
                text.Append(template, at, next - at);
                at = next;
                continue;
            }

            text.Append(template, at, open - at);
            var value = slot switch
            {
                "G" => Pick(NameLists.PlainGiven, random),
                "S" => Pick(NameLists.PlainSurnames, random),
                _ => FullName(random),
            };
            spans.Add((text.Length, text.Length + value.Length));
            text.Append(value);
            at = close + 1;
        }

        return (text.ToString(), spans);
    }

    // The shapes full names take: plain, middle initial, middle name, particle, hyphenated, O'/Mc, capitals.
    internal static string FullName(Random random)
    {
        var given = Pick(NameLists.PlainGiven, random);
        var surname = Pick(NameLists.PlainSurnames, random);
        return random.Next(10) switch
        {
            0 => $"{given} {(char)('A' + random.Next(26))}. {surname}",
            1 => $"{given} {Pick(NameLists.PlainGiven, random)} {surname}",
            2 => $"{given} {Pick(["van der", "de la", "van", "von", "de", "da", "di", "del"], random)} {surname}",
            3 => $"{given} {surname}-{Pick(NameLists.PlainSurnames, random)}",
            4 => $"{given} {Pick(["O'", "Mc"], random)}{surname}",
            _ => $"{given} {surname}",
        };
    }

    private static string Pick(IReadOnlyList<string> items, Random random) => items[random.Next(items.Count)];
}
