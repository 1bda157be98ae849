using Microsoft.Extensions.Options;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Checks <see cref="DashboardOptions"/> at start; every message names its configuration key and never quotes a
/// password hash.
/// </summary>
internal sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    // A name longer than this is a pasted secret more likely than a user.
    private const int MaxNameLength = 128;

    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            string key = $"{DashboardOptions.SectionName}:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.Name))
            {
                failures.Add($"{key}:Name must not be empty.");
            }
            else if (user.Name.Length > MaxNameLength || user.Name != user.Name.Trim() || user.Name.Any(static c => c == ':' || char.IsControl(c)))
            {
                // HTTP Basic splits "name:password" at the first colon.
                failures.Add($"{key}:Name must be at most {MaxNameLength} characters, without a colon, control characters or surrounding spaces.");
            }
            else if (!seen.Add(user.Name))
            {
                failures.Add($"{key}:Name repeats an earlier user's name (names are compared ignoring case).");
            }

            if (PasswordHasher.Problem(user.PasswordHash) is { } problem)
            {
                failures.Add($"{key}:PasswordHash {problem}.");
            }
        }

        Positive(options.FailedLoginDelay, "FailedLoginDelay", failures);
        Positive(options.LockoutWindow, "LockoutWindow", failures);
        Positive(options.LockoutDuration, "LockoutDuration", failures);
        Positive(options.SessionLifetime, "SessionLifetime", failures);
        if (options.LockoutThreshold < 1)
        {
            failures.Add($"{DashboardOptions.SectionName}:LockoutThreshold must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(TimeSpan value, string key, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{DashboardOptions.SectionName}:{key} must be a positive time span (hh:mm:ss).");
        }
    }
}
