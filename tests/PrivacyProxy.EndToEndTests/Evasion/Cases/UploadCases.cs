namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 7: uploads. Every multipart field value (<c>purpose</c>, <c>expires_after[...]</c>, unknown fields), field
/// names, part header names and values, Content-Disposition parameter names, the part Content-Type's parameters, the
/// boundary, and RFC 2231 continued (<c>filename*0</c>, <c>filename*1</c>) and extended (<c>filename*</c>) names.
/// </summary>
internal static class UploadCases
{
    private const string Boundary = "evasion-raw-boundary-7";

    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(901);
        var rows = new List<(string Name, Secret Secret, Func<string, string> Body, string Boundary)>();

        void Add(string name, Secret secret, Func<string, string> body, string boundary = Boundary) => rows.Add((name, secret, body, boundary));

        var purpose = v.Aws();
        Add("purpose", purpose, b => Form(b, Field("purpose", purpose.Text), File()));
        var anchor = v.Email();
        Add("expires-after-anchor", anchor, b => Form(b, Field("purpose", "assistants"), Field("expires_after[anchor]", anchor.Text), File()));
        var seconds = v.Card("");
        Add("expires-after-seconds", seconds, b => Form(b, Field("purpose", "assistants"), Field("expires_after[seconds]", seconds.Text), File()));
        var unknown = v.GitHub();
        Add("unknown-field", unknown, b => Form(b, Field("purpose", "assistants"), Field("note", unknown.Sentence()), File()));
        var fieldName = v.Slack();
        Add("field-name", fieldName, b => Form(b, Field(fieldName.Text, "1"), File()));
        var headerName = v.Aws();
        Add("part-header-name", headerName, b => Form(b, File(extraHeaders: $"X-{headerName.Text}: 1\n")));
        var headerValue = v.Email();
        Add("part-header-value", headerValue, b => Form(b, File(extraHeaders: $"X-Uploaded-By: {headerValue.Text}\n")));
        var paramName = v.Aws();
        Add("disposition-param-name", paramName, b => Form(b, File(disposition: $"form-data; name=\"file\"; {paramName.Text}=\"1\"; filename=\"notes.txt\"")));
        var paramValue = v.Ssn();
        Add("disposition-param-value", paramValue, b => Form(b, File(disposition: $"form-data; name=\"file\"; note=\"SSN {paramValue.Text}\"; filename=\"notes.txt\"")));
        var partType = v.GitHub();
        Add("part-type-param", partType, b => Form(b, File(contentType: "text/plain; charset=utf-8; x-token=" + partType.Text)));
        var continued = v.Email();
        int cut = continued.Text.Length / 2;
        Add("rfc2231-continued", continued with { Pieces = [continued.Text[..cut], continued.Text[cut..]] }, b => Form(b,
            File(disposition: $"form-data; name=\"file\"; filename*0=\"notes for {continued.Text[..cut]}\"; filename*1=\"{continued.Text[cut..]} final.txt\"")));
        var extended = v.Email();
        Add("rfc2231-extended", extended, b => Form(b,
            File(disposition: $"form-data; name=\"file\"; filename*=UTF-8''{Uri.EscapeDataString("notes for " + extended.Text + " final.txt")}")));
        var continuedEncoded = v.Aws();
        Add("rfc2231-encoded", continuedEncoded with { Pieces = [continuedEncoded.Text[..10], continuedEncoded.Text[10..]] }, b => Form(b,
            File(disposition: $"form-data; name=\"file\"; filename*0*=UTF-8''{Pct(continuedEncoded.Text[..10])}; filename*1*={Pct(continuedEncoded.Text[10..])}.txt")));
        var boundary = v.Aws();
        Add("boundary", boundary, b => Form(b, File()), "----" + boundary.Text);
        var fileName = v.Card();
        Add("file-name", fileName, b => Form(b, File(disposition: $"form-data; name=\"file\"; filename=\"card {fileName.Text}.txt\"")));

        foreach (var (name, secret, body, boundaryText) in rows)
        {
            yield return EvasionCase.NoLeak($"upload.{name}-{secret.Kind}.files", Carrier.Upload, secret, () => Requests.RawUpload("files", boundaryText, body(boundaryText)));
        }

        foreach (var (name, secret, body, boundaryText) in rows.Where(r => !r.Name.StartsWith("expires", StringComparison.Ordinal) && r.Name != "purpose"))
        {
            yield return EvasionCase.NoLeak($"upload.{name}-{secret.Kind}.anthropic-files", Carrier.AnthropicUpload, secret,
                () => Requests.RawUpload("anthropic/v1/files", boundaryText, body(boundaryText).Replace(Field("purpose", "assistants"), "", StringComparison.Ordinal)));
        }
    }

    private static string Form(string boundary, params string[] parts) => string.Concat(parts.Select(p => $"--{boundary}\n{p}")) + $"--{boundary}--\n";

    private static string Field(string name, string value) => $"Content-Disposition: form-data; name=\"{name}\"\n\n{value}\n";

    private static string File(string disposition = "form-data; name=\"file\"; filename=\"notes.txt\"", string contentType = "text/plain", string extraHeaders = "") =>
        $"Content-Disposition: {disposition}\nContent-Type: {contentType}\n{extraHeaders}\nquarterly notes, nothing sensitive\n";

    private static string Pct(string text) => string.Concat(System.Text.Encoding.UTF8.GetBytes(text).Select(b => $"%{b:X2}"));
}
