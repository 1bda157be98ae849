using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Policy;

/// <summary>
/// Client keys in teams with different policies: one team per action whose policy gives every category that
/// action (<c>team-&lt;action&gt;</c>, policy <c>&lt;action&gt;-all</c>), a TYPE-over-CATEGORY team, a team whose
/// categories climb the strictness ladder, an allow-everything team that strips media, shadowed teams, a key
/// without a team and one whose team has no entry. The local server wants a key, maps the hosted chat model (and
/// others by default) and cannot take Responses requests.
/// </summary>
public sealed class TeamPolicyFixture : PolicyFixture
{
    public const string LocalKey = "local-server-key-00000000000000003";
    public const string LocalChatModel = "deepseek-local:32b";
    public const string LocalDefaultModel = "deepseek-local:default";
    public const string NoTeamKey = "pp-no-team-client-key-00000000000";
    public const string UnlistedTeamKey = "pp-unlisted-team-client-key-00000";

    /// <summary>Every action's configuration text, weakest first.</summary>
    public static readonly IReadOnlyList<string> Actions = ["allow", "audit-only", "redact", "mask", "route-local", "block"];

    /// <summary>What the ladder team's policy does per category (PERSONAL is left to the default, redact).</summary>
    public static readonly IReadOnlyDictionary<string, string> Ladder = new Dictionary<string, string>
    {
        ["CONTACT"] = "allow",
        ["NETWORK"] = "audit-only",
        ["FINANCIAL"] = "redact",
        ["GOV_ID"] = "mask",
        ["HEALTH"] = "route-local",
        ["SECRET"] = "block",
    };

    private static readonly string[] Categories = ["SECRET", "GOV_ID", "FINANCIAL", "HEALTH", "CONTACT", "NETWORK", "PERSONAL"];

    /// <summary>The client key of <paramref name="team"/> (an action's team is <c>team-&lt;action&gt;</c>).</summary>
    public static string KeyOf(string team) => $"pp-{team}-client-key-000000000000";

    /// <summary>The key of the team whose policy gives every category <paramref name="action"/>.</summary>
    public static string KeyFor(string action) => KeyOf("team-" + action);

    internal override IReadOnlyDictionary<string, string?> PolicySettings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["PrivacyProxy:Local:ApiKey"] = LocalKey,
                ["PrivacyProxy:Local:Paths:openai-responses"] = "",
                [$"PrivacyProxy:LocalModels:{FakeReplies.DefaultModel}"] = LocalChatModel,
                ["PrivacyProxy:LocalModels:Default"] = LocalDefaultModel,
                ["PrivacyProxy:Policies:typed:Actions:SECRET"] = "block",
                ["PrivacyProxy:Policies:typed:Actions:API_KEY"] = "redact",
                ["PrivacyProxy:Policies:allow-strip:Media"] = "strip",
            };
            var teams = new List<(string Team, string Policy, string? Shadow)>
            {
                ("team-typed", "typed", null),
                ("team-ladder", "ladder", null),
                ("team-shadowed", "redact-all", "block-all"),
                ("team-shadow-local", "allow-all", "route-local-all"),
                ("team-blocked-shadow", "block-all", "redact-all"),
                ("team-allow-strip", "allow-strip", null),
            };
            foreach (var action in Actions)
            {
                foreach (var category in Categories)
                {
                    settings[$"PrivacyProxy:Policies:{action}-all:Actions:{category}"] = action;
                    settings[$"PrivacyProxy:Policies:allow-strip:Actions:{category}"] = "allow";
                }

                teams.Add(("team-" + action, action + "-all", null));
            }

            foreach (var (category, action) in Ladder)
            {
                settings[$"PrivacyProxy:Policies:ladder:Actions:{category}"] = action;
            }

            for (int i = 0; i < teams.Count; i++)
            {
                var (team, policy, shadow) = teams[i];
                settings[$"PrivacyProxy:ClientKeys:{i}:Id"] = team + "-caller";
                settings[$"PrivacyProxy:ClientKeys:{i}:Key"] = KeyOf(team);
                settings[$"PrivacyProxy:ClientKeys:{i}:Team"] = team;
                settings[$"PrivacyProxy:Teams:{team}:Policy"] = policy;
                if (shadow is not null)
                {
                    settings[$"PrivacyProxy:Teams:{team}:ShadowPolicy"] = shadow;
                }
            }

            settings[$"PrivacyProxy:ClientKeys:{teams.Count}:Id"] = "no-team-caller";
            settings[$"PrivacyProxy:ClientKeys:{teams.Count}:Key"] = NoTeamKey;
            settings[$"PrivacyProxy:ClientKeys:{teams.Count + 1}:Id"] = "unlisted-team-caller";
            settings[$"PrivacyProxy:ClientKeys:{teams.Count + 1}:Key"] = UnlistedTeamKey;
            settings[$"PrivacyProxy:ClientKeys:{teams.Count + 1}:Team"] = "team-without-entry";
            return settings;
        }
    }
}
