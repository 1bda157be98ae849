using Microsoft.Extensions.Options;

namespace PrivacyProxy.Egress;

/// <summary>Checks <see cref="EgressOptions"/> at start: every served host must be a bare host name or IP address.</summary>
internal sealed class EgressOptionsValidator : IValidateOptions<EgressOptions>
{
    public ValidateOptionsResult Validate(string? name, EgressOptions options)
    {
        var failures = new List<string>();
        for (int i = 0; i < options.Hosts.Count; i++)
        {
            // The value is not quoted: a misplaced line of configuration may hold a key.
            if (HostName.Normalize(options.Hosts[i] ?? "") is null)
            {
                failures.Add($"{EgressOptions.SectionName}:Hosts:{i} must be a host name or IP address, without scheme, port or path.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
