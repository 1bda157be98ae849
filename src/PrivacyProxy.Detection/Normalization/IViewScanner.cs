namespace PrivacyProxy.Detection.Normalization;

/// <summary>The detector's scan of one text as written (prefilter, rules, resolution), run on each view.</summary>
internal interface IViewScanner
{
    Finding[] Scan(string text, int onlyRule);
}
