using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PrivacyProxy.Cli;

/// <summary>
/// Turns an exception that stopped <c>serve</c> before it listened (bad option, rules, key file, address in use)
/// into the one line printed on stderr. Line breaks and indentation of multi-problem messages are folded into
/// "; ", and a configuration value that failed to convert is not quoted (it may be a misplaced key).
/// </summary>
internal static partial class StartRefusal
{
    /// <summary>Exit code of a refused start.</summary>
    public const int ExitCode = 2;

    private const string Prefix = "PrivacyProxy: cannot start: ";

    /// <summary>The single line for <paramref name="exception"/>, prefixed with <c>PrivacyProxy: cannot start:</c>.</summary>
    public static string Describe(Exception exception) => Prefix + OneLine(Reason(exception));

    private static string Reason(Exception exception) => exception switch
    {
        OptionsValidationException validation => string.Join("; ", validation.Failures),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Reason(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Reason(inner),
        _ when ConversionFailure().Match(exception.Message) is { Success: true } match =>
            $"the configuration value at '{match.Groups["key"].Value}' is not a valid {match.Groups["type"].Value}.",

        // YARP's "Unable to load or apply the proxy configuration." says what failed only in its inner errors.
        { InnerException: AggregateException inner } => exception.Message.TrimEnd('.') + ": " +
            string.Join("; ", inner.InnerExceptions.Select(Chain)),
        _ => exception.Message,
    };

    /// <summary>The messages of an exception and its inner ones, outermost first.</summary>
    private static string Chain(Exception exception) =>
        exception.InnerException is { } inner ? exception.Message.TrimEnd('.') + ": " + Chain(inner) : exception.Message;

    private static string OneLine(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var line in message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(builder[^1] == ':' ? " " : "; ");
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    // Microsoft.Extensions.Configuration.Binder's message: "Failed to convert configuration value 'v' at 'k' to type 't'."
    [GeneratedRegex(@"^Failed to convert configuration value '.*' at '(?<key>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();
}
