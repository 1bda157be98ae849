namespace PrivacyProxy.Protocols.Files;

/// <summary>
/// Which declared Content-Types and file extensions mean "text the scanner can read". The bytes must still be
/// UTF-8 without NUL bytes; this only decides whether the part is a text candidate at all.
/// </summary>
internal static class TextFileTypes
{
    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/json", "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
        "application/xml", "application/yaml", "application/x-yaml", "application/toml", "application/javascript",
        "application/x-javascript", "application/ecmascript", "application/typescript", "application/x-typescript",
        "application/sql", "application/x-sh", "application/x-python", "application/x-python-code", "application/graphql",
        "application/x-httpd-php", "application/x-tex", "application/x-latex", "application/rtf", "message/rfc822",
    };

    // Source code and text formats that HTTP clients label application/octet-stream because they cannot guess a type.
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "txt", "text", "md", "markdown", "rst", "adoc", "tex", "csv", "tsv", "json", "jsonl", "ndjson", "geojson",
        "xml", "yaml", "yml", "toml", "ini", "cfg", "conf", "config", "properties", "env", "log", "html", "htm",
        "css", "scss", "less", "svg", "js", "mjs", "cjs", "jsx", "ts", "tsx", "vue", "svelte", "py", "pyi", "ipynb",
        "rb", "go", "rs", "java", "kt", "kts", "scala", "groovy", "gradle", "c", "h", "cc", "cpp", "cxx", "hpp", "hh",
        "cs", "csx", "fs", "fsx", "vb", "swift", "m", "mm", "php", "pl", "pm", "r", "lua", "dart", "ex", "exs", "erl",
        "hrl", "hs", "clj", "cljs", "elm", "jl", "nim", "zig", "sh", "bash", "zsh", "fish", "ps1", "psm1", "bat", "cmd",
        "sql", "graphql", "gql", "proto", "tf", "hcl", "nix", "dockerfile", "makefile", "cmake", "mk", "diff", "patch",
        "csproj", "fsproj", "props", "targets", "sln", "lock", "gitignore", "editorconfig", "srt", "vtt", "rtf", "eml",
    };

    /// <summary>True when the declared type is text (<c>text/*</c>, the structured text types, <c>+json</c>, <c>+xml</c>).</summary>
    public static bool IsTextType(ReadOnlySpan<char> essence)
    {
        if (essence.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
            essence.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ||
            essence.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) ||
            essence.EndsWith("+yaml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TextTypes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(essence);
    }

    /// <summary>True for types that say "no idea" (octet-stream, or none): the file extension decides.</summary>
    public static bool IsUntyped(ReadOnlySpan<char> essence) =>
        essence.IsEmpty || essence.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase) ||
        essence.Equals("binary/octet-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the file name ends in a known text or source extension (or is a bare known name like <c>Makefile</c>).</summary>
    public static bool HasTextExtension(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return false;
        }

        var name = fileName.AsSpan(fileName.AsSpan().LastIndexOfAny('/', '\\') + 1);
        int dot = name.LastIndexOf('.');
        var extension = dot < 0 ? name : name[(dot + 1)..];
        return TextExtensions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(extension);
    }

    /// <summary>A fixed description of a declared non-text type, for error messages (client text is never echoed).</summary>
    public static string Describe(ReadOnlySpan<char> essence)
    {
        int slash = essence.IndexOf('/');
        var top = slash < 0 ? essence : essence[..slash];
        foreach (var known in (ReadOnlySpan<string>)["image", "audio", "video", "font", "model"])
        {
            if (top.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return $"declared as {(known == "image" || known == "audio" ? "an " : "a ")}{known} type";
            }
        }

        if (essence.Equals("application/pdf", StringComparison.OrdinalIgnoreCase))
        {
            return "declared as a PDF document";
        }

        return IsUntyped(essence) ? "untyped binary data without a known text file extension" : "declared as a non-text type";
    }
}
