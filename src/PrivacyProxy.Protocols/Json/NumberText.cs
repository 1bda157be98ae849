using System.Globalization;
using System.Text;

namespace PrivacyProxy.Protocols.Json;

/// <summary>
/// The text a JSON number is scanned as (issue 7, item 1): its exact decimal digits, so that a card number sent as
/// <c>4111111111111111</c>, <c>4.111111111111111e15</c> or <c>4111111111111111.0</c> reads the same to the detector,
/// and the digits after the point stand apart from the integer part (and from their own leading zeros), so that
/// a card hidden in an in-range fraction (<c>"top_p": 0.4111111111111111</c>) reads as a card too.
/// </summary>
internal static class NumberText
{
    /// <summary>Zeros an exponent may add before the text falls back to the significant digits alone.</summary>
    private const int MaxPadding = 64;

    /// <summary>The decimal text of a JSON number token (the token itself when it is already a plain integer).</summary>
    public static string Canonical(ReadOnlySpan<byte> token)
    {
        if (token.IndexOfAny("eE."u8) < 0)
        {
            return Encoding.ASCII.GetString(token);
        }

        // The reader has checked the grammar: -?int(.frac)?([eE][+-]?digits)?
        bool negative = token[0] == '-';
        ReadOnlySpan<byte> rest = negative ? token[1..] : token;
        int exponentAt = rest.IndexOfAny("eE"u8);
        ReadOnlySpan<byte> mantissa = exponentAt < 0 ? rest : rest[..exponentAt];
        int dot = mantissa.IndexOf((byte)'.');
        string digits = dot < 0
            ? Encoding.ASCII.GetString(mantissa)
            : Encoding.ASCII.GetString(mantissa[..dot]) + Encoding.ASCII.GetString(mantissa[(dot + 1)..]);
        int point = dot < 0 ? mantissa.Length : dot;
        string sign = negative ? "-" : string.Empty;
        if (exponentAt >= 0)
        {
            if (!int.TryParse(rest[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int exponent) ||
                exponent > MaxPadding + digits.Length || exponent < -MaxPadding - digits.Length)
            {
                // A value beyond any planted shape: what it carries is its significant digits.
                return sign + Trimmed(digits);
            }

            point += exponent;
        }

        string integer = point <= 0 ? "0" : point >= digits.Length ? digits + new string('0', point - digits.Length) : digits[..point];
        string fraction = point <= 0 ? new string('0', -point) + digits : point < digits.Length ? digits[point..] : string.Empty;
        integer = integer.TrimStart('0') is { Length: > 0 } significant ? significant : "0";
        fraction = fraction.TrimEnd('0');
        if (fraction.Length == 0)
        {
            return sign + integer;
        }

        int zeros = fraction.Length - fraction.TrimStart('0').Length;
        return zeros == 0
            ? $"{sign}{integer} {fraction}"
            : $"{sign}{integer} {fraction[..zeros]} {fraction[zeros..]}";
    }

    /// <summary>The value as a double, for range checks.</summary>
    public static double Value(ReadOnlySpan<byte> token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : double.NaN;

    private static string Trimmed(string digits) =>
        digits.Trim('0') is { Length: > 0 } significant ? significant : "0";
}
