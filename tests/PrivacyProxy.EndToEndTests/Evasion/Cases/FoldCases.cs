namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 3: values shown through Unicode that a reader (and the model) reads as the plain value: full-width and
/// mathematical letters and digits, other scripts' digits, format characters inside, space-like and dash-like
/// separators, combining marks, Cyrillic and Greek look-alikes. Each disguise runs on every protocol family and one
/// more route in turn.
/// </summary>
internal static class FoldCases
{
    private static readonly Carrier[] Extra = [Carrier.Fim, Carrier.Embeddings, Carrier.Upload, Carrier.AnthropicCount, Carrier.OllamaGenerate];

    public static IEnumerable<EvasionCase> All()
    {
        var values = new SecretValues(301);
        var disguises = new List<(string Name, Secret Secret, string Shown)>();

        void Add(string name, Secret secret, Func<string, string> disguise) => disguises.Add((name, secret, disguise(secret.Text)));

        Add("fullwidth-digits", values.Card(), t => Disguises.FullWidth(t));
        Add("fullwidth-digits", values.Ssn(), t => Disguises.FullWidth(t));
        Add("fullwidth", values.Aws(), Disguises.FullWidth);
        Add("fullwidth", values.GitHub(), Disguises.FullWidth);
        Add("fullwidth", values.Email(), Disguises.FullWidth);
        Add("math-bold", values.Aws(), Disguises.MathBold);
        Add("math-bold", values.Slack(), Disguises.MathBold);
        Add("math-digits", values.Card(), Disguises.MathBold);
        Add("arabic-digits", values.Card(), t => Disguises.Digits(t, 0x0660));
        Add("devanagari-digits", values.Ssn(), t => Disguises.Digits(t, 0x0966));
        Add("bengali-digits", values.Phone(), t => Disguises.Digits(t, 0x09E6));
        Add("zwsp", values.Aws(), t => Disguises.Every(t, "\u200B", 4));
        Add("zwsp", values.Card(), t => Disguises.Every(t, "\u200B", 3));
        Add("zwsp", values.Email(), t => Disguises.Every(t, "\u200B", 5));
        Add("zwj", values.GitHub(), t => Disguises.Every(t, "\u200D", 7));
        Add("zwnj", values.Slack(), t => Disguises.Every(t, "\u200C", 6));
        Add("word-joiner", values.Anthropic(), t => Disguises.Every(t, "\u2060", 9));
        Add("soft-hyphen", values.OpenAi(), t => Disguises.Every(t, "\u00AD", 8));
        Add("soft-hyphen", values.Iban(), t => Disguises.Every(t, "\u00AD", 3));
        Add("bidi-override", values.OpenAi(), t => "\u202D" + Disguises.Every(t, "\u202E\u202C", 10) + "\u202C");
        Add("bidi-marks", values.Aws(), t => Disguises.Every(t, "\u200E", 2));
        Add("bom-inside", values.Ssn(), t => Disguises.Every(t, "\uFEFF", 2));
        Add("nbsp", values.Card(), t => Disguises.Separators(t, "\u00A0"));
        Add("nbsp", values.Iban(), t => Disguises.Separators(t, "\u00A0"));
        Add("nbsp", values.Phone(), t => Disguises.Separators(t, "\u00A0"));
        Add("thin-space", values.Card(), t => Disguises.Separators(t, "\u2009"));
        Add("narrow-nbsp", values.Card(), t => Disguises.Separators(t, "\u202F"));
        Add("ideographic-space", values.Phone(), t => Disguises.Separators(t, "\u3000"));
        Add("thin-space", values.Ssn(" "), t => Disguises.Separators(t, "\u2009"));
        Add("en-dash", values.Ssn(), t => Disguises.Separators(t, "\u2013"));
        Add("minus-sign", values.Ssn(), t => Disguises.Separators(t, "\u2212"));
        Add("nb-hyphen", values.Ssn(), t => Disguises.Separators(t, "\u2011"));
        Add("figure-dash", values.Card("-"), t => Disguises.Separators(t, "\u2012"));
        Add("combining-acute", values.Aws(), t => Disguises.Combining(t, '\u0301'));
        Add("combining-dot", values.Email(), t => Disguises.Combining(t, '\u0307'));
        Add("cyrillic", values.Aws(), t => Disguises.Confusable(t, Disguises.Cyrillic));
        Add("cyrillic", values.Email(), t => Disguises.Confusable(t, Disguises.Cyrillic));
        Add("cyrillic", values.Slack(), t => Disguises.Confusable(t, Disguises.Cyrillic));
        Add("greek", values.Aws(), t => Disguises.Confusable(t, Disguises.Greek));
        Add("greek", values.GitHub(), t => Disguises.Confusable(t, Disguises.Greek));

        int turn = 0;
        foreach (var (name, secret, shown) in disguises)
        {
            foreach (var carrier in Carrier.Families.Append(Extra[turn++ % Extra.Length]))
            {
                yield return EvasionCase.InText($"fold.{name}-{secret.Kind}.{carrier.Name}", carrier, secret, secret.Sentence(shown));
            }
        }

        // The cue itself disguised, the value plain.
        var password = values.Password();
        foreach (var carrier in Carrier.Families)
        {
            yield return EvasionCase.InText($"fold.fullwidth-cue-password.{carrier.Name}", carrier, password,
                Disguises.FullWidth("password") + ": " + password.Text);
        }
    }
}
