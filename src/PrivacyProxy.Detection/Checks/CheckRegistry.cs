using System.Collections.Frozen;

namespace PrivacyProxy.Detection.Checks;

/// <summary>
/// The validators rules may name in their "checks" field (rules/README.md, Checks table), looked up by name when
/// packs load.
/// </summary>
internal static class CheckRegistry
{
    private static readonly FrozenDictionary<string, Check> Checks = new Dictionary<string, Check>(StringComparer.Ordinal)
    {
        ["luhn"] = Luhn.IsValid,
        ["credit-card"] = CreditCard.IsValid,
        ["iban"] = Iban.IsValid,
        ["aba"] = AbaRouting.IsValid,
        ["nhs"] = NhsMod11.IsValid,
        ["npi"] = Npi.IsValid,
        ["us-ssn"] = UsSsn.IsValid,
        ["us-itin"] = UsItin.IsValid,
        ["uk-nino"] = UkNino.IsValid,
        ["ca-sin"] = CaSin.IsValid,
        ["verhoeff"] = Verhoeff.IsValid,
        ["in-aadhaar"] = InAadhaar.IsValid,
        ["in-pan"] = InPan.IsValid,
        ["us-mbi"] = UsMbi.IsValid,
        ["base58check"] = Base58Check.IsValid,
        ["bech32"] = Bech32.IsValid,
        ["eth-address"] = EthAddress.IsValid,
        ["ipv4"] = Ipv4.IsValid,
        ["ipv6"] = Ipv6.IsValid,
        ["date"] = Date.IsValid,
        ["de-tax-id"] = DeTaxId.IsValid,
        ["es-dni"] = EsDni.IsValid,
        ["es-nie"] = EsNie.IsValid,
        ["it-fiscal-code"] = ItFiscalCode.IsValid,
        ["fr-insee"] = FrInsee.IsValid,
        ["nl-bsn"] = NlBsn.IsValid,
        ["pl-pesel"] = PlPesel.IsValid,
        ["se-personnummer"] = SePersonnummer.IsValid,
        ["fi-hetu"] = FiHetu.IsValid,
        ["icd10"] = Icd10.IsValid,
        ["not-placeholder"] = NotPlaceholder.IsValid,
        ["au-abn"] = AuAbn.IsValid,
        ["au-acn"] = AuAcn.IsValid,
        ["au-tfn"] = AuTfn.IsValid,
        ["au-medicare"] = AuMedicare.IsValid,
        ["kr-rrn"] = KrRrn.IsValid,
        ["kr-rrn-date"] = KrRrn.HasValidBirthDate,
        ["sg-nric-fin"] = SgNricFin.IsValid,
        ["th-tnin"] = ThTnin.IsValid,
        ["it-vat"] = ItVat.IsValid,
        ["in-gstin"] = InGstin.IsValid,
        ["uk-driving-licence"] = UkDrivingLicence.IsValid,
        ["icao-check-digit"] = IcaoCheckDigit.IsValid,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every check name, for error messages and documentation tests.</summary>
    public static IEnumerable<string> Names => Checks.Keys;

    /// <summary>Finds the check called <paramref name="name"/> (case-sensitive, kebab-case).</summary>
    public static bool TryGet(string name, out Check check) => Checks.TryGetValue(name, out check!);
}
