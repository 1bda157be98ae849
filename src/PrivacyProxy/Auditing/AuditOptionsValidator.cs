using Microsoft.Extensions.Options;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Auditing;

/// <summary>
/// Checks <see cref="AuditOptions"/> at start; every message names its configuration key and never quotes a key or
/// a connection string.
/// </summary>
internal sealed class AuditOptionsValidator(IConfiguration configuration) : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        string store = options.Store?.Trim() ?? "";
        if (!string.Equals(store, AuditOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && !options.UsesPostgres)
        {
            failures.Add($"{AuditOptions.SectionName}:Store must be '{AuditOptions.Sqlite}' or '{AuditOptions.Postgres}'.");
        }

        if (options.UsesPostgres && string.IsNullOrWhiteSpace(configuration.GetConnectionString(AuditOptions.ConnectionStringName)))
        {
            failures.Add($"{AuditOptions.SectionName}:Store is '{AuditOptions.Postgres}' but ConnectionStrings:{AuditOptions.ConnectionStringName} is empty.");
        }

        if (options.RetentionDays < 1)
        {
            failures.Add($"{AuditOptions.SectionName}:RetentionDays must be at least 1.");
        }

        if (options.QueueCapacity is < 1 or > 10_000_000)
        {
            failures.Add($"{AuditOptions.SectionName}:QueueCapacity must be between 1 and 10000000.");
        }

        try
        {
            options.WriterOptions().Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The writer's own check names the key (PrivacyProxy:Audit:BatchSize, ...).
            failures.Add(e.Message.Split(" (Parameter", 2)[0]);
        }

        CheckKey(options.FingerprintKey, $"{AuditOptions.SectionName}:FingerprintKey", failures);
        for (int i = 0; i < options.PreviousFingerprintKeys.Count; i++)
        {
            CheckKey(options.PreviousFingerprintKeys[i], $"{AuditOptions.SectionName}:PreviousFingerprintKeys:{i}", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckKey(string? base64, string key, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return;
        }

        try
        {
            FingerprintKey.FromBase64(base64, key);
        }
        catch (ArgumentException e)
        {
            // The library's message names the key, never the value.
            failures.Add(e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
