using PrivacyProxy.Detection;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// A proxy on a copy of the shipped rules in a temp folder, with a dictionary file of its own under
/// <c>dictionaries/</c>, and a default policy with an inline case-insensitive list, a case-sensitive list from that
/// file, a list that blocks, and a public support address that is never redacted.
/// </summary>
public sealed class DictionaryFixture : PolicyFixture, IAsyncLifetime
{
    public const string SupportAddress = "support@northwind-traders.com";
    public const string CustomerFile = "e2e-customers.txt";

    /// <summary>The inline list, matched whatever the case.</summary>
    public static readonly IReadOnlyList<string> CodeNames = ["Project Bluefin", "Nightjar"];

    /// <summary>The file's terms, matched in exact case only.</summary>
    public static readonly IReadOnlyList<string> Customers = ["Globex Corporation", "Initrode"];

    /// <summary>Terms whose list blocks.</summary>
    public static readonly IReadOnlyList<string> Embargoed = ["Operation Tinderbox"];

    public string RulesDirectory { get; } = Path.Combine(Path.GetTempPath(), "privacyproxy-e2e-rules-" + Guid.NewGuid().ToString("N"));

    internal override IReadOnlyDictionary<string, string?> PolicySettings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["PrivacyProxy:RulesDirectory"] = RulesDirectory,
                ["PrivacyProxy:Policies:default:Dictionaries:0:Name"] = "codenames",
                ["PrivacyProxy:Policies:default:Dictionaries:1:Name"] = "Customers",
                ["PrivacyProxy:Policies:default:Dictionaries:1:File"] = CustomerFile,
                ["PrivacyProxy:Policies:default:Dictionaries:1:CaseSensitive"] = "true",
                ["PrivacyProxy:Policies:default:Dictionaries:2:Name"] = "embargoed-deals",
                ["PrivacyProxy:Policies:default:Dictionaries:2:Terms:0"] = Embargoed[0],
                ["PrivacyProxy:Policies:default:Actions:embargoed-deals"] = "block",
                ["PrivacyProxy:Policies:default:AllowTerms:0"] = SupportAddress,
            };
            for (int i = 0; i < CodeNames.Count; i++)
            {
                settings[$"PrivacyProxy:Policies:default:Dictionaries:0:Terms:{i}"] = CodeNames[i];
            }

            return settings;
        }
    }

    // The rules folder must hold the dictionary file before the proxy compiles its policies.
    public new async Task InitializeAsync()
    {
        CopyDirectory(Detector.DefaultRulesDirectory, RulesDirectory);
        await File.WriteAllLinesAsync(
            Path.Combine(RulesDirectory, "dictionaries", CustomerFile),
            ["# customers under NDA (fictional)", "", .. Customers]);
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(RulesDirectory, recursive: true);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
