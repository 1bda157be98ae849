using PrivacyProxy.EndToEndTests.Evasion.Cases;

namespace PrivacyProxy.EndToEndTests.Evasion;

/// <summary>Every catalogue case, by id (built once; ids are unique or the build of the table throws).</summary>
internal static class EvasionCatalogue
{
    public static IReadOnlyList<EvasionCase> All { get; } =
    [
        .. PlainCases.All(), .. FieldCases.All(), .. EmbeddedJsonCases.All(), .. FoldCases.All(), .. EncodedCases.All(),
        .. SplitCases.All(), .. HeaderCases.All(), .. UploadCases.All(), .. TokenIdCases.All(), .. IdentityCases.All(),
        .. LookAlikeCases.All(), .. BombCases.All(),
    ];

    private static readonly Dictionary<string, EvasionCase> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static EvasionCase Get(string id) => ById[id];

    /// <summary>The ids of one protocol family's cases, as theory rows (ids only, so no test name shows a value).</summary>
    public static TheoryData<string> Ids(ProtocolGroup group)
    {
        var rows = new TheoryData<string>();
        foreach (var @case in All.Where(c => c.Carrier.Group == group))
        {
            rows.Add(@case.Id);
        }

        return rows;
    }
}
