namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// The detector's Unicode folding for callers outside it (the audit's fingerprints), so a value typed in ASCII and
/// the same value found in full-width, ligature, superscript or other-script digits fold to one form, by one table.
/// </summary>
public static class TextFolding
{
    /// <summary><paramref name="text"/> as the rules read it (<see cref="FoldTable"/>), or itself when nothing folds.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var view = UnicodeFolder.Fold(text);
        return view?.Text ?? text;
    }
}
