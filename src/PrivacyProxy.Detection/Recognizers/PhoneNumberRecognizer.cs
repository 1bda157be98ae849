using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace PrivacyProxy.Detection.Recognizers;

/// <summary>
/// "phone-number": Microsoft.Recognizers.Text's phone-number model run on a short window around a value a rule
/// already matched. Confirms the value when the model finds a number covering most of it with at least
/// <see cref="MinScore"/> (the model gives 1 to separated or +country forms, 0.4-0.5 to bare digit runs such as
/// timestamps and ids). The model is slow (about 0.6 MB/s), hence candidate windows only.
/// </summary>
internal sealed class PhoneNumberRecognizer : IRecognizer
{
    public const string Name = "phone-number";
    public const double MinScore = 0.6;

    /// <summary>Share of the value the recognised number must cover (the model may leave out a leading trunk "0 ").</summary>
    public const double MinCoverage = 0.7;
    private const int Margin = 16;

    // The model's construction is not safe to share across threads while it initialises; one per thread.
    private static readonly ThreadLocal<IModel> Model = new(() => new SequenceRecognizer(Culture.English).GetPhoneNumberModel());

    public bool Confirms(string text, int start, int end)
    {
        var from = Math.Max(0, start - Margin);
        var to = Math.Min(text.Length, end + Margin);
        var window = text.Substring(from, to - from);
        List<ModelResult> results;
        try
        {
            results = Model.Value!.Parse(window);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Fail closed: a value the recognizer cannot judge stays a finding.
            return true;
        }

        foreach (var result in results)
        {
            // End is inclusive in this library.
            var resultStart = from + result.Start;
            var resultEnd = from + result.End + 1;
            var overlap = Math.Min(end, resultEnd) - Math.Max(start, resultStart);
            if (overlap >= MinCoverage * (end - start) && Score(result) >= MinScore)
            {
                return true;
            }
        }

        return false;
    }

    private static double Score(ModelResult result) =>
        result.Resolution is not null && result.Resolution.TryGetValue("score", out var score)
            ? Convert.ToDouble(score, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
}
