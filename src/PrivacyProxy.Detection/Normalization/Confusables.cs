namespace PrivacyProxy.Detection.Normalization;

/// <summary>
/// Cyrillic and Greek letters that render like a Latin letter, with that letter. Folded only inside a token that
/// also holds Latin letters or digits (<see cref="UnicodeFolder"/>), so Russian or Greek prose stays as written.
/// </summary>
internal static class Confusables
{
    public static IEnumerable<(char From, char To)> Pairs()
    {
        const string cyrillic = "аеорсхуіјѕԁһӏԛԝКМТНВАЕОРСХУІЈЅԌԚԜ";
        const string cyrillicLatin = "aeopcxyijsdhlqwKMTHBAEOPCXYIJSGQW";
        const string greek = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ";
        const string greekLatin = "ABEZHIKMNOPTYXoikvptux";
        for (var i = 0; i < cyrillic.Length; i++)
        {
            yield return (cyrillic[i], cyrillicLatin[i]);
        }

        for (var i = 0; i < greek.Length; i++)
        {
            yield return (greek[i], greekLatin[i]);
        }
    }
}
