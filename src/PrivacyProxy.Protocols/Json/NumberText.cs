using System.Globalization;
using System.Text;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// The text a JSON number is scanned as (issue 7, item 1): its plain decimal digits, so that a card number sent as
/// <c>4111111111111111</c>, <c>4.111111111111111e15</c> or <c>4111111111111111.0</c> reads the same to the detector.
/// </summary>
internal static class NumberText
{
    /// <summary>The canonical decimal text of a JSON number token (the token itself when it is already plain).</summary>
    public static string Canonical(ReadOnlySpan<byte> token)
    {
        if (token.IndexOfAny("eE."u8) < 0)
        {
            return Encoding.ASCII.GetString(token);
        }

        // decimal keeps 28-29 significant digits, more than any value the detector recognises; beyond its range
        // the token is scanned as written.
        return decimal.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
            ? Plain(value)
            : Encoding.ASCII.GetString(token);
    }

    /// <summary>The value as a double, for range checks.</summary>
    public static double Value(ReadOnlySpan<byte> token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : double.NaN;

    private static string Plain(decimal value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? text : text.TrimEnd('0').TrimEnd('.');
    }
}
