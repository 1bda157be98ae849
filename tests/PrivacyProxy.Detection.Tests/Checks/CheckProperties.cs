using CsCheck;
using PrivacyProxy.Detection.Checks;
using Check = PrivacyProxy.Detection.Checks.Check;

namespace PrivacyProxy.Detection.Tests.Checks;

/// <summary>
/// Shared property assertions for checksum validators. Failures report positions and counts, never the values,
/// so generated numbers do not end up in test output.
/// </summary>
internal static class CheckProperties
{
    public const string Digits = "0123456789";

    /// <summary>Every variant of <paramref name="value"/> with one digit replaced by another digit.</summary>
    public static IEnumerable<string> SingleDigitChanges(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                continue;
            }

            foreach (var d in Digits)
            {
                if (d != value[i])
                {
                    yield return string.Concat(value.AsSpan(0, i), [d], value.AsSpan(i + 1));
                }
            }
        }
    }

    /// <summary>
    /// The value obtained by filling the '?' characters of <paramref name="template"/> with the only assignment from
    /// <paramref name="alphabet"/> that <paramref name="check"/> accepts; fails when there is none or several.
    /// </summary>
    public static string Complete(Check check, string template, string alphabet)
    {
        var holes = template.Count(c => c == '?');
        var found = new List<string>();
        var buffer = template.ToCharArray();
        var indexes = new int[holes];
        while (true)
        {
            var h = 0;
            for (var i = 0; i < buffer.Length; i++)
            {
                if (template[i] == '?')
                {
                    buffer[i] = alphabet[indexes[h++]];
                }
            }

            var candidate = new string(buffer);
            if (check(candidate))
            {
                found.Add(candidate);
            }

            var k = holes - 1;
            while (k >= 0 && ++indexes[k] == alphabet.Length)
            {
                indexes[k--] = 0;
            }

            if (k < 0)
            {
                break;
            }
        }

        found.Count.Should().Be(1, "exactly one check value completes a valid payload");
        return found[0];
    }

    /// <summary>Asserts the value passes and that each single-digit change of it fails.</summary>
    public static void AcceptsAndDetectsEveryDigitChange(Check check, string valid)
    {
        check(valid).Should().BeTrue("the generated value is valid by construction");
        var undetected = SingleDigitChanges(valid).Count(changed => check(changed));
        undetected.Should().Be(0, "a single changed digit must break the check");
    }

    /// <summary>Runs <paramref name="property"/> on generated values without printing them on failure.</summary>
    public static void Sample(Gen<string> values, Action<string> property, int iter = 200) =>
        values.Sample(property, iter: iter, print: _ => "(generated value hidden)");

    /// <summary>A string of <paramref name="length"/> random characters from <paramref name="alphabet"/>.</summary>
    public static Gen<string> Chars(string alphabet, int length) =>
        Gen.Int[0, alphabet.Length - 1].Array[length].Select(ix => new string(ix.Select(i => alphabet[i]).ToArray()));
}
