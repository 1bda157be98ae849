using System.Text;
using CsCheck;
using PrivacyProxy.Protocols.Files;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Files;

/// <summary>
/// Random uploads (boundaries, text files of random fragments with planted values, fields, random part order) through
/// the real session: nothing planted survives, the body still parses with the same parts in the same order, parts
/// without findings are byte-identical, and restoring each part gives back exactly what was uploaded.
/// </summary>
public sealed class FileUploadPropertyTests
{
    private static readonly string[] Fragments =
        ["hello ", "\r\n", "\n", "\r", "--", "\r\n-", "\r\n--PPB", "caf\u00e9 ", "\u5317\u4eac", "\ud83d\ude00", "\t", "key=", "\"q\" ",
         "[[EMAIL_1]] ", "]]", Secrets.Email, Secrets.ApiKey, Secrets.Card, Restorers.PersonValue, Planted.Path];

    private static readonly string[] FileNames =
        ["notes.txt", $"{Secrets.Email}.md", $"data {Secrets.Card}.csv", "r\u00e9sum\u00e9.txt", $"{Planted.Path}.log", "script.py"];

    private static readonly string[] TextTypes = ["text/plain", "text/markdown", "text/csv; charset=utf-8", "application/json", "application/octet-stream"];

    private static readonly Gen<string> Boundary =
        Gen.Char["0123456789ABCDEFabcdef'()+_,-./:=?"].Array[1, 60].Select(chars => "PPB" + new string(chars));

    private static readonly Gen<string> Text = Gen.OneOf(Fragments).Array[0, 12].Select(string.Concat);

    private sealed record Spec(string Name, string? FileName, string? ContentType, string Content);

    private static readonly Gen<Spec> FilePart = Gen.Select(Gen.OneOf(FileNames), Gen.OneOf(TextTypes), Text)
        .Select((name, type, text) => new Spec("file", name, type, text));

    private static readonly Gen<Spec[]> Fields = Gen.Const<Spec[]>(
    [
        new("purpose", null, null, "user_data"),
        new("expires_after[anchor]", null, null, "created_at"),
        new("expires_after[seconds]", null, null, "3600"),
    ]);

    private static readonly Gen<Spec> NoteField = Text.Select(text => new Spec("note", null, null, text));

    private static readonly Gen<(string Boundary, Spec[] Parts)> Uploads =
        Gen.Select(Boundary, FilePart.Array[1, 3], Fields, NoteField.Array[0, 2], (boundary, files, fields, notes) => (boundary, parts: (Spec[])[.. files, .. fields, .. notes]))
            .SelectMany(u => Gen.Shuffle(u.parts).Select(parts => (u.boundary, parts)))
            .Where(u => !u.parts.Any(p => ("\r\n" + p.Content).Contains("\r\n--" + u.boundary, StringComparison.Ordinal)));

    private static byte[] Build(string boundary, Spec[] parts)
    {
        var upload = new Upload(boundary);
        foreach (var part in parts)
        {
            string headers = $"Content-Disposition: form-data; name=\"{part.Name}\"" +
                (part.FileName is null ? "" : $"; filename=\"{(part.ContentType == "application/octet-stream" ? "src.py" : part.FileName)}\"") +
                (part.ContentType is null ? "" : $"\r\nContent-Type: {part.ContentType}");
            upload.Part(headers, Encoding.UTF8.GetBytes(part.Content));
        }

        return upload.Build();
    }

    [Fact]
    public void RewriteMultipart_RandomUploads_NothingPlantedSurvivesAndBodyParses()
    {
        Uploads.Sample(
            u =>
            {
                var session = Planted.Session();
                var body = Build(u.Boundary, u.Parts);

                var output = FileUploadProtocol.OpenAI.RewriteMultipart(body, $"multipart/form-data; boundary=\"{u.Boundary}\"", session, RequestRewriteOptions.Default);

                Planted.AnyIn(output).Should().BeFalse("planted value leaked");
                var before = ReferenceMultipart.Parse(body, u.Boundary);
                var after = ReferenceMultipart.Parse(output, u.Boundary);
                after.Select(p => p.Name).Should().Equal(before.Select(p => p.Name));
                for (int i = 0; i < before.Count; i++)
                {
                    session.Restore(after[i].Text(), Redaction.TextContext.Plain).Masked().Should().Be(before[i].Text().Masked());
                    session.Restore(after[i].FileName ?? "", Redaction.TextContext.Plain).Masked().Should().Be((before[i].FileName ?? "").Masked());
                    // The session also rewrites placeholder look-alikes ([[EMAIL_1]] typed by the user), so those parts change too.
                    if (!Planted.AnyIn(before[i].Headers) && !Planted.AnyIn(before[i].Content) && !before[i].Text().Contains("[[", StringComparison.Ordinal))
                    {
                        after[i].Content.Should().Equal(before[i].Content);
                        after[i].Headers.Should().Be(before[i].Headers);
                    }
                }

                var again = () => FileUploadProtocol.OpenAI.RewriteMultipart(output, $"multipart/form-data; boundary=\"{u.Boundary}\"", Planted.Session(), RequestRewriteOptions.Default);
                again.Should().NotThrow("the output is a well-formed upload");
            },
            iter: 300,
            threads: 1,
            print: u => $"upload with {u.Parts.Length} parts, boundary of {u.Boundary.Length} chars");
    }
}
