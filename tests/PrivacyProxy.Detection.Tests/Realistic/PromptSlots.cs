namespace PrivacyProxy.Detection.Tests.Realistic;

/// <summary>
/// Fills one template slot: a sensitive value with its category and type, or a look-alike filler (category null)
/// such as an order number, UUID or commit SHA that must stay untouched.
/// </summary>
internal sealed class PromptSlots(FakeValues fake)
{
    private static readonly string[] FirstNames = ["Alice", "Priya", "Jürgen", "Maria", "Tomás", "Wei", "Fatima", "Oliver", "Chloé", "Daniel", "Aisha", "Kenji", "Sofia", "Liam", "Nadia", "Grace", "Mateo", "Hannah"];
    private static readonly string[] LastNames = ["Johnson", "Raghavan", "Müller", "Garcia", "O'Brien", "Zhang", "Haddad", "Smith", "Dubois", "Kowalski", "Okafor", "Tanaka", "Rossi", "Nguyen", "Petrov", "Williams", "Fernández", "Schneider"];
    private static readonly string[] Domains = ["example.com", "example.org", "mail.example.net", "contoso.com", "fabrikam.io", "northwind-traders.co.uk", "acme-corp.example", "gmail.com", "outlook.com", "proton.me"];
    private static readonly string[] Medications = ["metformin", "lisinopril", "atorvastatin", "sertraline", "albuterol", "insulin glargine", "levothyroxine", "amoxicillin", "omeprazole", "Adderall", "Xanax", "Ozempic", "warfarin", "gabapentin", "methotrexate", "Humira", "oxycodone"];
    private static readonly string[] Diagnoses = ["type 2 diabetes", "hypertension", "asthma", "major depressive disorder", "HIV", "bipolar disorder", "multiple sclerosis", "breast cancer", "COPD", "epilepsy", "schizophrenia", "Crohn's disease", "celiac disease", "migraine", "generalized anxiety disorder", "hepatitis C", "atrial fibrillation", "ADHD", "PTSD"];
    private static readonly string[] Icd10 = ["E11.9", "I10", "J45.909", "F32.1", "F41.1", "G43.909", "M54.5", "K50.90", "C50.911", "B20", "F31.9", "E78.5", "N18.3", "Z79.4", "J44.9"];
    private static readonly string[] Streets = ["Maple Avenue", "Oak Street", "Elm Street", "Sunset Boulevard", "Pine Road", "Cedar Lane", "Main Street", "Lakeview Drive", "Park Avenue"];
    private static readonly string[] Postcodes = ["SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4AP", "EH1 1YZ", "G2 3AB"];
    private static readonly string[] Bics = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NWBKGB2L", "CHASUS33", "BOFAUS3N", "INGBNL2A", "UBSWCHZH80A"];
    private static readonly string[] Passwords = ["Winter2024!", "hunter2", "S3cure#Pass", "P@ssw0rd-88", "correct-horse-42", "Tr0ub4dor&3", "qwerty!2023", "MyDog$Rex9", "Blue-Falcon-17"];

    private string? lastFirst;
    private string? lastLast;

    /// <summary>Fills slot <paramref name="name"/>: the text, and the category/type when it is sensitive.</summary>
    public (string Text, string? Category, string Type) Fill(string name) => name switch
    {
        "ssn" => (fake.Ssn(), Categories.GovId, "US_SSN"),
        "ssn_sp" => (fake.Ssn(" "), Categories.GovId, "US_SSN"),
        "ssn_bare" => (fake.Ssn(string.Empty), Categories.GovId, "US_SSN"),
        "itin" => (fake.Itin(), Categories.GovId, "TAX_ID"),
        "ein" => (fake.Ein(), Categories.GovId, "TAX_ID"),
        "nino" => (fake.Nino(spaced: true), Categories.GovId, "UK_NINO"),
        "nino_c" => (fake.Nino(spaced: false), Categories.GovId, "UK_NINO"),
        "sin" => (fake.CaSin(" "), Categories.GovId, "CA_SIN"),
        "sin_d" => (fake.CaSin("-"), Categories.GovId, "CA_SIN"),
        "passport" => (fake.Next(3) == 0 ? fake.Digits(9) : $"{(char)('A' + fake.Next(26))}{fake.Digits(fake.Next(7, 9))}", Categories.GovId, "PASSPORT"),
        "dl" => ($"{(char)('A' + fake.Next(26))}{fake.Digits(7)}", Categories.GovId, "DRIVER_LICENSE"),
        "dl_fl" => ($"{(char)('A' + fake.Next(26))}{fake.Digits(3)}-{fake.Digits(4)}-{fake.Digits(4)}", Categories.GovId, "DRIVER_LICENSE"),
        "pan" => (fake.InPan(), Categories.GovId, "IN_PAN"),
        "aadhaar" => (fake.Aadhaar(" "), Categories.GovId, "IN_AADHAAR"),
        "dni" => (fake.EsDni(), Categories.GovId, "NATIONAL_ID"),
        "card" => (fake.Card(" "), Categories.Financial, "CREDIT_CARD"),
        "card_d" => (fake.Card("-"), Categories.Financial, "CREDIT_CARD"),
        "card_c" => (fake.Card(string.Empty), Categories.Financial, "CREDIT_CARD"),
        "cvv" => (fake.Digits(3), Categories.Financial, "CVV"),
        "iban" => (fake.Iban(grouped: false), Categories.Financial, "IBAN"),
        "iban_g" => (fake.Iban(grouped: true), Categories.Financial, "IBAN"),
        "acct" => (fake.Digits(fake.Next(8, 13)), Categories.Financial, "BANK_ACCOUNT"),
        "routing" => (fake.Aba(), Categories.Financial, "ROUTING_NUMBER"),
        "swift" => (fake.Pick(Bics), Categories.Financial, "SWIFT_BIC"),
        "btc" => (fake.Bitcoin(), Categories.Financial, "CRYPTO_WALLET"),
        "eth" => ("0x" + fake.HexString(40), Categories.Financial, "CRYPTO_WALLET"),
        "mrn" => (fake.Next(2) == 0 ? fake.Digits(fake.Next(6, 10)) : $"MRN-{fake.Digits(7)}", Categories.Health, "MEDICAL_RECORD_NUMBER"),
        "mbi" => (fake.Mbi(dashed: true), Categories.Health, "HEALTH_INSURANCE_ID"),
        "mbi_c" => (fake.Mbi(dashed: false), Categories.Health, "HEALTH_INSURANCE_ID"),
        "member" => ($"{fake.From("ABCDEFGHJKLMNPRSTUVWXYZ", 3)}{fake.Digits(9)}", Categories.Health, "HEALTH_INSURANCE_ID"),
        "nhs" => (fake.Nhs(" "), Categories.Health, "NHS_NUMBER"),
        "nhs_c" => (fake.Nhs(string.Empty), Categories.Health, "NHS_NUMBER"),
        "npi" => (fake.Npi(), Categories.Health, "NPI"),
        "icd" => (fake.Pick(Icd10), Categories.Health, "DIAGNOSIS_CODE"),
        "med" => (fake.Pick(Medications), Categories.Health, "MEDICATION"),
        "dx" => (fake.Pick(Diagnoses), Categories.Health, "DIAGNOSIS"),
        "email" => (Email(), Categories.Contact, "EMAIL"),
        "phone" => (Phone(), Categories.Contact, "PHONE"),
        "phone_us" => (UsPhone(), Categories.Contact, "PHONE"),
        "ip" => (fake.Ipv4(), Categories.Network, "IP_ADDRESS"),
        "ip6" => (fake.Ipv6(), Categories.Network, "IP_ADDRESS"),
        "mac" => (fake.Mac(), Categories.Network, "MAC_ADDRESS"),
        "aws" => ("AKIA" + fake.From("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), Categories.Secret, "API_KEY"),
        "aws_secret" => (fake.Token(30) + "/" + fake.Token(9), Categories.Secret, "API_KEY"),
        "ghp" => ("ghp_" + fake.Token(36), Categories.Secret, "API_KEY"),
        "stripe" => ("sk_live_" + fake.Token(24), Categories.Secret, "API_KEY"),
        "slack" => ($"xoxb-{fake.Digits(12)}-{fake.Digits(13)}-{fake.Token(24)}", Categories.Secret, "API_KEY"),
        "openai" => ("sk-proj-" + fake.Token(48) + "T3BlbkFJ" + fake.Token(20), Categories.Secret, "API_KEY"),
        "jwt" => ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + fake.Token(40) + "." + fake.Token(43), Categories.Secret, "API_KEY"),
        "pw" => (fake.Pick(Passwords), Categories.Secret, "PASSWORD"),
        "pkey" => ("-----BEGIN RSA PRIVATE KEY-----\n" + string.Join('\n', Enumerable.Range(0, 6).Select(_ => fake.Token(64))) + "\n-----END RSA PRIVATE KEY-----", Categories.Secret, "PRIVATE_KEY"),
        "name" => (FullName(), Categories.Personal, "PERSON"),
        "first" => (lastFirst = fake.Pick(FirstNames), Categories.Personal, "PERSON"),
        "dob" => (Dob(), Categories.Personal, "DATE_OF_BIRTH"),
        "addr" => ($"{fake.Next(1, 9999)} {fake.Pick(Streets)}", Categories.Personal, "ADDRESS"),
        "postcode" => (fake.Pick(Postcodes), Categories.Personal, "ADDRESS"),
        _ => Filler(name),
    };

    private (string, string?, string) Filler(string name) => name switch
    {
        "order" => (fake.Pick(new[] { $"ORD-{fake.Next(2019, 2026)}-{fake.Digits(6)}", $"#{fake.Digits(8)}", $"{fake.Digits(9)}" }), null, "order number"),
        "invoice" => ($"INV-{fake.Next(2019, 2026)}-{fake.Digits(5)}", null, "invoice number"),
        "ticket" => ($"{fake.Pick(new[] { "JIRA", "OPS", "SUP", "BUG" })}-{fake.Next(100, 99999)}", null, "ticket"),
        "uuid" => (Guid(), null, "uuid"),
        "sha" => (fake.HexString(40), null, "git sha"),
        "sha7" => (fake.HexString(7), null, "short sha"),
        "ts" => ($"2024-{fake.Next(1, 13):D2}-{fake.Next(1, 29):D2}T{fake.Next(0, 24):D2}:{fake.Next(0, 60):D2}:{fake.Next(0, 60):D2}Z", null, "timestamp"),
        "date" => ($"2024-{fake.Next(1, 13):D2}-{fake.Next(1, 29):D2}", null, "date"),
        "amount" => ($"{fake.Next(10, 99999)}.{fake.Digits(2)}", null, "amount"),
        "ver" => ($"{fake.Next(1, 12)}.{fake.Next(0, 30)}.{fake.Next(0, 100)}", null, "version"),
        "port" => (fake.Pick(new[] { "5432", "8080", "6379", "3306", "443", "9200", "27017" }), null, "port"),
        "epoch" => ($"17{fake.Digits(8)}", null, "unix time"),
        "pid" => (fake.Next(1000, 65000).ToString(System.Globalization.CultureInfo.InvariantCulture), null, "pid"),
        "hexcol" => ($"#{fake.From("0123456789abcdefABCDEF", fake.Next(2) == 0 ? 6 : 3)}", null, "hex colour"),
        "b64" => (Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(fake.Token(fake.Next(12, 60)))), null, "base64"),
        "sha256" => (fake.HexString(64), null, "sha256"),
        "ptr" => ($"0x{fake.HexString(12)}", null, "memory address"),
        "bytes" => (fake.Pick(new[] { "1048576", "1073741824", "2147483647", "4294967295", "65536", "9223372036854775807" }), null, "numeric constant"),
        "build" => ($"{fake.Next(2020, 2026)}{fake.Next(1, 13):D2}{fake.Next(1, 29):D2}.{fake.Next(1, 20)}", null, "build number"),
        "cve" => ($"CVE-{fake.Next(2015, 2026)}-{fake.Next(1000, 50000)}", null, "CVE id"),
        "ms" => (fake.Next(1, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture), null, "duration"),
        "epochms" => ($"17{fake.Digits(11)}", null, "unix time ms"),
        "bigid" => (fake.Digits(fake.Next(10, 19)).TrimStart('0') + "1", null, "numeric id"),
        "isbn" => ($"978-{fake.Next(0, 2)}-{fake.Digits(3)}-{fake.Digits(5)}-{fake.Digits(1)}", null, "ISBN"),
        "track" => ($"1Z{fake.From("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 6)}{fake.Digits(10)}", null, "tracking number"),
        "float" => ($"{fake.Next(0, 1000)}.{fake.Digits(fake.Next(2, 7))}", null, "float"),
        "lineno" => ($"{fake.Next(1, 2000)}", null, "line number"),
        "asmver" => ($"{fake.Next(1, 10)}.{fake.Next(0, 10)}.{fake.Next(0, 10)}.0", null, "assembly version"),
        "winbuild" => ($"10.0.{fake.Next(17000, 26100)}.{fake.Next(1, 5000)}", null, "OS build"),
        "hexnum" => ($"0x{fake.From("0123456789ABCDEF", 8)}", null, "hex constant"),
        "cron" => ($"{fake.Next(0, 60)} {fake.Next(0, 24)} * * {fake.Next(0, 7)}", null, "cron"),
        _ => throw new ArgumentException($"unknown slot {name}", nameof(name)),
    };

    private string FullName()
    {
        lastFirst = fake.Pick(FirstNames);
        lastLast = fake.Pick(LastNames);
        return $"{lastFirst} {lastLast}";
    }

    private string Email()
    {
        var first = (lastFirst ?? fake.Pick(FirstNames)).ToLowerInvariant().Replace("ü", "u").Replace("é", "e").Replace("á", "a");
        var last = (lastLast ?? fake.Pick(LastNames)).ToLowerInvariant().Replace("'", string.Empty).Replace("ü", "u").Replace("á", "a");
        var local = fake.Next(4) switch { 0 => $"{first}.{last}", 1 => $"{first[0]}{last}", 2 => $"{first}{fake.Next(1, 99)}", _ => $"{first}_{last}" };
        return $"{local}@{fake.Pick(Domains)}";
    }

    private string UsPhone() => fake.Next(5) switch
    {
        0 => $"({fake.Next(201, 990)}) 555-01{fake.Digits(2)}",
        1 => $"{fake.Next(201, 990)}-555-01{fake.Digits(2)}",
        2 => $"+1 {fake.Next(201, 990)} 555 01{fake.Digits(2)}",
        3 => $"{fake.Next(201, 990)}.555.01{fake.Digits(2)}",
        _ => $"+1-{fake.Next(201, 990)}-555-01{fake.Digits(2)}",
    };

    private string Phone() => fake.Next(9) switch
    {
        0 or 1 => UsPhone(),
        2 => $"+44 20 7946 0{fake.Digits(3)}",
        3 => $"07700 900{fake.Digits(3)}",
        4 => $"+49 30 {fake.Digits(8)}",
        5 => $"+33 6 {fake.Digits(2)} {fake.Digits(2)} {fake.Digits(2)} {fake.Digits(2)}",
        6 => $"+91 98{fake.Digits(3)} {fake.Digits(5)}",
        7 => $"020 7946 0{fake.Digits(3)}",
        _ => $"+61 2 {fake.Digits(4)} {fake.Digits(4)}",
    };

    private string Dob()
    {
        var (y, m, d) = (fake.Next(1940, 2006), fake.Next(1, 13), fake.Next(1, 29));
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        return fake.Next(4) switch
        {
            0 => $"{m:D2}/{d:D2}/{y}",
            1 => $"{y}-{m:D2}-{d:D2}",
            2 => $"{d:D2}.{m:D2}.{y}",
            _ => $"{months[m - 1]} {d}, {y}",
        };
    }

    private string Guid() => $"{fake.HexString(8)}-{fake.HexString(4)}-4{fake.HexString(3)}-a{fake.HexString(3)}-{fake.HexString(12)}";
}
