namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 5: values split across pieces (content parts and blocks, consecutive messages of one role), wrapped over
/// lines, cards one group per line or with dots and slashes, a password on the line after its cue, password cues in
/// other languages and abbreviations, keys glued to a name.
/// </summary>
internal static class SplitCases
{
    private static readonly (string Language, string Cue)[] Cues =
    [
        ("fr", "mot de passe :"), ("de", "Passwort:"), ("es", "contraseña:"), ("it", "la password è"), ("pt", "senha:"),
        ("nl", "wachtwoord:"), ("zh", "密码："), ("ja", "パスワード："), ("ru", "пароль:"), ("pwd", "pwd="), ("pw", "pw:"),
        ("passwd", "passwd:"), ("de-kennwort", "Kennwort:"), ("pt-br", "a senha é"), ("zh-hant", "密碼："),
    ];

    public static IEnumerable<EvasionCase> All()
    {
        var values = new SecretValues(501);

        // Across pieces of one message or consecutive messages: the first piece ends and the next begins inside the value.
        foreach (var secret in new[] { values.Aws(), values.Card(), values.Email(), values.OpenAi() })
        {
            foreach (var carrier in Carrier.WithPieces.Where(c => c.Parts is not null))
            {
                var (head, tail) = Halves(secret.Text);
                var split = secret with { Pieces = [head, tail] };
                yield return EvasionCase.NoLeak($"split.parts-{secret.Kind}.{carrier.Name}", carrier, split,
                    () => carrier.Parts!([$"Here it is: {secret.Cue} {head}", tail + " and nothing else."]));
            }
        }

        foreach (var secret in new[] { values.GitHub(), values.Card(), values.Ssn(), values.Anthropic() })
        {
            foreach (var carrier in Carrier.WithPieces.Where(c => c.Messages is not null))
            {
                var (head, tail) = Halves(secret.Text);
                var split = secret with { Pieces = [head, tail] };
                yield return EvasionCase.NoLeak($"split.messages-{secret.Kind}.{carrier.Name}", carrier, split,
                    () => carrier.Messages!([$"Here it is: {secret.Cue} {head}", tail, "That was all."]));
            }
        }

        // One value in many parts (a card one group per part).
        var groups = values.Card();
        foreach (var carrier in Carrier.WithPieces.Where(c => c.Parts is not null))
        {
            string[] parts = groups.Text.Split(' ');
            yield return EvasionCase.NoLeak($"split.parts-per-group-card.{carrier.Name}", carrier, groups with { Pieces = parts },
                () => carrier.Parts!(["my card number is ", .. parts]));
        }

        var rows = new List<(string Name, Secret Secret, string Text)>();
        var anthropic = values.Anthropic();
        rows.Add(("wrap-40", anthropic, $"{anthropic.Cue}\n{Wrap(anthropic.Text, 40)}\n"));
        var openai = values.OpenAi();
        rows.Add(("wrap-64-crlf", openai, $"{openai.Cue}\r\n{Wrap(openai.Text, 64).Replace("\n", "\r\n", StringComparison.Ordinal)}\r\n"));
        var aws = values.Aws();
        rows.Add(("wrap-mail", aws, $"> {aws.Cue} {aws.Text[..11]}\n> {aws.Text[11..]}\n> thanks"));
        var slack = values.Slack();
        rows.Add(("wrap-indented", slack, $"token:\n    {Wrap(slack.Text, 20).Replace("\n", "\n    ", StringComparison.Ordinal)}\n"));
        var pem = values.PrivateKey();
        rows.Add(("pem-json-escaped", pem, "{\"private_key\": \"" + pem.Text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"}"));
        var lines = values.Card();
        rows.Add(("card-lines", lines, "card number:\n" + lines.Text.Replace(' ', '\n') + "\nexp 09/29"));
        var dots = values.Card();
        rows.Add(("card-dots", dots, "card number " + dots.Text.Replace(' ', '.')));
        var slashes = values.Card();
        rows.Add(("card-slashes", slashes, "card number " + slashes.Text.Replace(' ', '/')));
        var nextLine = values.Password();
        rows.Add(("password-next-line", nextLine, "Login for the staging box.\nPassword:\n" + nextLine.Text + "\nUser: deploy"));
        var prodAws = values.Aws();
        rows.Add(("glued-prod", prodAws, "export PROD_" + prodAws.Text + "=1"));
        var zeroAws = values.Aws();
        rows.Add(("glued-digit", zeroAws, "id 0" + zeroAws.Text + " in the log"));
        var suffixAws = values.Aws();
        rows.Add(("glued-suffix", suffixAws, "key " + suffixAws.Text + "_backup"));
        var gluedGh = values.GitHub();
        rows.Add(("glued-name", gluedGh, "CI_" + gluedGh.Text + " was rotated"));

        foreach (var (name, secret, text) in rows)
        {
            foreach (var carrier in Carrier.Families)
            {
                yield return EvasionCase.InText($"split.{name}-{secret.Kind}.{carrier.Name}", carrier, secret, text);
            }
        }

        int turn = 0;
        foreach (var (language, cue) in Cues)
        {
            var password = values.Password();
            foreach (var carrier in new[] { Carrier.Families[turn % 4], Carrier.Families[(turn + 1) % 4] })
            {
                yield return EvasionCase.InText($"split.cue-{language}-password.{carrier.Name}", carrier, password, $"For the staging server, {cue} {password.Text}");
            }

            turn++;
        }
    }

    private static (string Head, string Tail) Halves(string text)
    {
        int middle = text.Length / 2;
        return (text[..middle], text[middle..]);
    }

    private static string Wrap(string text, int width) => string.Join('\n', text.Chunk(width).Select(c => new string(c)));
}
