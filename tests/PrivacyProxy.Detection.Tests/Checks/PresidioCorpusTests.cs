using System.Text.Json;
using PrivacyProxy.Detection.Checks;

namespace PrivacyProxy.Detection.Tests.Checks;

/// <summary>
/// Every value Presidio's tests label as an identifier with a checksum passes the matching check, apart from the
/// documented disagreements below (Presidio accepts them by pattern alone).
/// </summary>
public sealed class PresidioCorpusTests
{
    private static readonly Dictionary<string, string[]> ChecksByEntity = new()
    {
        ["ABA_ROUTING_NUMBER"] = ["aba"],
        ["CA_SIN"] = ["ca-sin"],
        ["CREDIT_CARD"] = ["credit-card"],
        ["CRYPTO"] = ["base58check", "bech32"],
        ["DE_TAX_ID"] = ["de-tax-id"],
        ["ES_NIE"] = ["es-nie"],
        ["ES_NIF"] = ["es-dni"],
        ["FI_PERSONAL_IDENTITY_CODE"] = ["fi-hetu"],
        ["IBAN_CODE"] = ["iban"],
        ["IN_AADHAAR"] = ["in-aadhaar"],
        ["IN_PAN"] = ["in-pan"],
        ["IT_FISCAL_CODE"] = ["it-fiscal-code"],
        ["PL_PESEL"] = ["pl-pesel"],
        ["SE_PERSONNUMMER"] = ["se-personnummer"],
        ["UK_NHS"] = ["nhs"],
        ["UK_NINO"] = ["uk-nino"],
        ["US_ITIN"] = ["us-itin"],
        ["US_MBI"] = ["us-mbi"],
        ["US_NPI"] = ["npi"],
        ["US_SSN"] = ["us-ssn"],
    };

    // Values Presidio reports that our checks reject on purpose.
    private static readonly HashSet<string> Disagreements =
    [
        "3123:4567:8909", "3998:7654:3211", // colons are not an Aadhaar separator here
        "AAASA1111R", "ABCND1234Z", "A1111DFSFS", // no PAN holder type S/N; not the PAN layout
        "AAAAAA00B11C333N", // wrong codice fiscale check letter (Y is right)
    ];

    [Fact]
    public void Checks_PresidioPositives_AcceptEveryLabelledValue()
    {
        var rejected = 0;
        var seen = 0;
        foreach (var (entity, text, spans) in Cases())
        {
            foreach (var (start, end) in spans)
            {
                var value = text[start..end].Trim();
                if (Disagreements.Contains(value))
                {
                    continue;
                }

                seen++;
                rejected += Passes(entity, value) ? 0 : 1;
            }
        }

        seen.Should().BeGreaterThan(300, "the corpus covers these entities");
        rejected.Should().Be(0, "every labelled value carries a valid checksum");
    }

    [Fact]
    public void Checks_PresidioNegativesThatAreOneBareValue_RejectMostOfThem()
    {
        // Some negatives fail only on layout (a split country code, lower-case letters, mixed separators) that the
        // rule patterns enforce; the checks must still reject the rest.
        var bare = Cases().Where(c => c.Spans.Count == 0 && !c.Text.Contains(' ', StringComparison.Ordinal) && c.Text.Length > 0).ToList();
        var accepted = bare.Count(c => Passes(c.Entity, c.Text));
        bare.Should().HaveCountGreaterThan(100);
        accepted.Should().BeLessThanOrEqualTo(2);
    }

    private static bool Passes(string entity, string value) =>
        ChecksByEntity[entity].Any(name => CheckRegistry.TryGet(name, out var check) && check(value));

    private static IEnumerable<(string Entity, string Text, List<(int Start, int End)> Spans)> Cases()
    {
        foreach (var line in File.ReadLines(RepositoryFiles.Corpus("presidio-cases.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var entity = doc.RootElement.GetProperty("entity").GetString()!;
            if (!ChecksByEntity.ContainsKey(entity))
            {
                continue;
            }

            var spans = doc.RootElement.GetProperty("spans").EnumerateArray()
                .Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToList();
            yield return (entity, doc.RootElement.GetProperty("text").GetString()!, spans);
        }
    }
}
