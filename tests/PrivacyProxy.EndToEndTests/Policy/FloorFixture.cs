namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// The floors as an operator would set them, with no client keys and no upstream key (so callers' own keys
/// go to the hosted API): the default policy blocks secrets and keeps health data on the local server, which wants
/// no key and maps every model to one local model.
/// </summary>
public sealed class FloorFixture : PolicyFixture
{
    public const string LocalModel = "deepseek-r1:70b";

    internal override IReadOnlyDictionary<string, string?> PolicySettings => new Dictionary<string, string?>
    {
        ["PrivacyProxy:Upstream:ApiKey"] = "",
        ["PrivacyProxy:Policies:default:Actions:SECRET"] = "block",
        ["PrivacyProxy:Policies:default:Actions:HEALTH"] = "route-local",
        ["PrivacyProxy:LocalModels:Default"] = LocalModel,
    };
}
