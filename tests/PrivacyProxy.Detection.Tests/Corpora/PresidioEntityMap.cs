namespace PrivacyProxy.Detection.Tests.Corpora;

/// <summary>
/// Presidio entity -> our category and the types that count as that entity. Entities not listed are not covered
/// by the shipped packs (Nigerian, Turkish, Philippine, South African ids, Korean passports and licences, most
/// vehicle plates, URLs and dates in general, which design.md's categories table does not list, ...) and are
/// reported as such; they count as misses in the all-cases figure only.
/// </summary>
internal static class PresidioEntityMap
{
    public static readonly IReadOnlyDictionary<string, (string Category, string[] Types)> Covered =
        new Dictionary<string, (string, string[])>
        {
            ["CREDIT_CARD"] = ("FINANCIAL", ["CREDIT_CARD"]),
            ["CRYPTO"] = ("FINANCIAL", ["CRYPTO_WALLET"]),
            ["IBAN_CODE"] = ("FINANCIAL", ["IBAN"]),
            ["ABA_ROUTING_NUMBER"] = ("FINANCIAL", ["ROUTING_NUMBER"]),
            ["US_BANK_NUMBER"] = ("FINANCIAL", ["BANK_ACCOUNT"]),
            ["US_SSN"] = ("GOV_ID", ["US_SSN"]),
            ["US_ITIN"] = ("GOV_ID", ["TAX_ID"]),
            ["US_PASSPORT"] = ("GOV_ID", ["PASSPORT"]),
            ["US_DRIVER_LICENSE"] = ("GOV_ID", ["DRIVER_LICENSE"]),
            ["UK_NINO"] = ("GOV_ID", ["UK_NINO"]),
            ["UK_PASSPORT"] = ("GOV_ID", ["PASSPORT"]),
            ["UK_DRIVING_LICENCE"] = ("GOV_ID", ["DRIVER_LICENSE"]),
            ["CA_SIN"] = ("GOV_ID", ["CA_SIN"]),
            ["IN_PAN"] = ("GOV_ID", ["IN_PAN"]),
            ["IN_AADHAAR"] = ("GOV_ID", ["IN_AADHAAR"]),
            ["IN_PASSPORT"] = ("GOV_ID", ["PASSPORT"]),
            ["ES_NIF"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["ES_NIE"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["ES_PASSPORT"] = ("GOV_ID", ["PASSPORT"]),
            ["IT_FISCAL_CODE"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["IT_PASSPORT"] = ("GOV_ID", ["PASSPORT"]),
            ["IT_IDENTITY_CARD"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["IT_DRIVER_LICENSE"] = ("GOV_ID", ["DRIVER_LICENSE"]),
            ["DE_ID_CARD"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["DE_PASSPORT"] = ("GOV_ID", ["PASSPORT"]),
            ["DE_TAX_ID"] = ("GOV_ID", ["NATIONAL_ID", "TAX_ID"]),
            ["FI_PERSONAL_IDENTITY_CODE"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["PL_PESEL"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["SE_PERSONNUMMER"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["UK_NHS"] = ("HEALTH", ["NHS_NUMBER"]),
            ["US_MBI"] = ("HEALTH", ["HEALTH_INSURANCE_ID"]),
            ["US_NPI"] = ("HEALTH", ["NPI"]),
            ["EMAIL_ADDRESS"] = ("CONTACT", ["EMAIL"]),
            ["PHONE_NUMBER"] = ("CONTACT", ["PHONE"]),
            ["PH_MOBILE_NUMBER"] = ("CONTACT", ["PHONE"]),
            ["TR_PHONE_NUMBER"] = ("CONTACT", ["PHONE"]),
            ["IP_ADDRESS"] = ("NETWORK", ["IP_ADDRESS"]),
            ["MAC_ADDRESS"] = ("NETWORK", ["MAC_ADDRESS"]),
            ["PERSON"] = ("PERSONAL", ["PERSON"]),
            ["UK_POSTCODE"] = ("PERSONAL", ["ADDRESS"]),
            ["AU_ABN"] = ("GOV_ID", ["TAX_ID"]),
            ["AU_ACN"] = ("GOV_ID", ["TAX_ID"]),
            ["AU_TFN"] = ("GOV_ID", ["TAX_ID"]),
            ["AU_MEDICARE"] = ("HEALTH", ["HEALTH_INSURANCE_ID"]),
            ["KR_RRN"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["SG_NRIC_FIN"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["TH_TNIN"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["IN_VOTER"] = ("GOV_ID", ["NATIONAL_ID"]),
            ["IN_VEHICLE_REGISTRATION"] = ("GOV_ID", ["VEHICLE_REGISTRATION"]),
            ["IN_GSTIN"] = ("GOV_ID", ["TAX_ID"]),
            ["IT_VAT_CODE"] = ("GOV_ID", ["TAX_ID"]),
        };

    /// <summary>
    /// Spans design.md says are not sensitive (loopback and unspecified addresses): excluded from recall. Presidio
    /// labels them as IP addresses.
    /// </summary>
    public static bool ExcludedByDesign(string entity, string value)
    {
        if (entity != "IP_ADDRESS")
        {
            return false;
        }

        var address = value.Split('/')[0].Split('%')[0];
        return address.StartsWith("127.", StringComparison.Ordinal) || address is "0.0.0.0" or "::" or "::1"
            || address.StartsWith("::ffff:127.", StringComparison.OrdinalIgnoreCase)
            || address.Equals("::ffff:0.0.0.0", StringComparison.OrdinalIgnoreCase);
    }
}
