using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PrivacyProxy.Policies;
using PrivacyProxy.Security;

namespace PrivacyProxy.Pipeline;

/// <summary>
/// Identifies the <see cref="Caller"/>: by client key (<c>Authorization: Bearer</c> or <c>x-api-key</c>) when keys are
/// configured, else (or when the key is not one of ours: tools on the egress path send their own DeepSeek key) by the
/// most specific configured source network. Without keys or network rules every caller is anonymous.
/// </summary>
internal sealed class CallerAuthenticator(ClientKeyStore keys)
{
    /// <summary>The caller id of requests identified by their source network.</summary>
    public const string NetworkCallerId = "network";

    private const string ApiKeyHeader = "x-api-key";

    /// <summary>
    /// The caller, or the refusal (401 for a missing or unknown key, 403 for a source outside every network), under
    /// the network rules of <paramref name="active"/>, the snapshot the whole request runs under.
    /// </summary>
    public (Caller? Caller, Refusal? Refusal, string? Reason) Authenticate(HttpContext context, ActiveRules active)
    {
        var policies = active.Policies;
        string? presented = null;
        if (keys.IsEnabled)
        {
            presented = PresentedKey(context.Request.Headers);
            if (presented is not null && keys.Find(presented) is { } known)
            {
                return (known, null, null);
            }
        }

        if (policies.HasNetworkRules)
        {
            if (context.Connection.RemoteIpAddress is { } address && policies.TeamForAddress(address) is { } team)
            {
                return (new Caller(NetworkCallerId, team), null, null);
            }

            if (!keys.IsEnabled)
            {
                return (null, new Refusal(
                    StatusCodes.Status403Forbidden,
                    "source_not_allowed",
                    "This network is not allowed to use PrivacyProxy (no PrivacyProxy:Networks rule matches it)."), "network");
            }
        }

        if (keys.IsEnabled)
        {
            return (null, new Refusal(
                StatusCodes.Status401Unauthorized,
                "invalid_api_key",
                "A valid PrivacyProxy client key is required (Authorization: Bearer <key> or x-api-key)."), presented is null ? "missing" : "unknown");
        }

        return (Caller.Anonymous, null, null);
    }

    private static string? PresentedKey(IHeaderDictionary headers)
    {
        StringValues authorization = headers[HeaderNames.Authorization];
        if (authorization.Count == 1 && authorization[0] is { } value &&
            value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return value["Bearer ".Length..].Trim();
        }

        StringValues apiKey = headers[ApiKeyHeader];
        return apiKey.Count == 1 && !string.IsNullOrWhiteSpace(apiKey[0]) ? apiKey[0]!.Trim() : null;
    }
}
