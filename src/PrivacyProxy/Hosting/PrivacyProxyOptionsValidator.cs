using Microsoft.Extensions.Options;

namespace PrivacyProxy.Hosting;

/// <summary>
/// Checks <see cref="PrivacyProxyOptions"/> at start: sane body limit, well-formed unique client keys, and
/// design.md's rule that listening beyond loopback requires client keys or network rules. Messages never quote a key.
/// </summary>
internal sealed class PrivacyProxyOptionsValidator(IConfiguration configuration) : IValidateOptions<PrivacyProxyOptions>
{
    private const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, PrivacyProxyOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add("PrivacyProxy:MaxRequestBodyBytes must be a positive number of bytes.");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("PrivacyProxy:DataDirectory must not be empty.");
        }

        ValidateClientKeys(options.ClientKeys, failures);
        if (options.Upstream.ApiKey is { } key && key.AsSpan().IndexOfAny("\r\n \t") >= 0)
        {
            failures.Add("The upstream API key contains whitespace or line breaks.");
        }

        if (options.ClientKeys.Count == 0 && options.Networks.Count == 0 && !ListenAddresses.AllLoopback(configuration))
        {
            failures.Add(
                "Listening beyond loopback requires client keys or network rules: configure PrivacyProxy:ClientKeys " +
                "or PrivacyProxy:Networks, or listen on 127.0.0.1 / localhost only.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateClientKeys(List<ClientKeyOptions> keys, List<string> failures)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < keys.Count; i++)
        {
            var entry = keys[i];
            if (string.IsNullOrWhiteSpace(entry.Id) || !IsSafeId(entry.Id))
            {
                failures.Add($"PrivacyProxy:ClientKeys:{i}:Id must be 1-64 characters of letters, digits, '.', '_' or '-'.");
            }
            else if (!ids.Add(entry.Id))
            {
                failures.Add($"PrivacyProxy:ClientKeys:{i}:Id '{entry.Id}' is used twice.");
            }

            if (entry.Key.Length < MinKeyLength || entry.Key.AsSpan().IndexOfAny("\r\n \t") >= 0)
            {
                failures.Add($"PrivacyProxy:ClientKeys:{i}:Key must be at least {MinKeyLength} characters without whitespace.");
            }
            else if (!secrets.Add(entry.Key))
            {
                failures.Add($"PrivacyProxy:ClientKeys:{i}:Key is the same as another client's key.");
            }
        }
    }

    private static bool IsSafeId(string id)
    {
        if (id.Length > 64)
        {
            return false;
        }

        foreach (char c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
