using System.Text;
using System.Text.Encodings.Web;

namespace PrivacyProxy.Dashboard.Pages;

/// <summary>
/// Writes well-formed HTML (and inline SVG) where every text and attribute value is HTML-encoded: team, caller and
/// model names come from configuration and requests and are treated as hostile. Tag and attribute names are the
/// caller's constants. Void elements are self-closed and every element is closed, so the page also reads as XML.
/// </summary>
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    private readonly StringBuilder _html = new(16 * 1024);
    private readonly Stack<string> _open = new();

    /// <summary>The document type line every page starts with.</summary>
    public HtmlWriter Doctype()
    {
        _html.Append("<!doctype html>\n");
        return this;
    }

    /// <summary>Opens <paramref name="tag"/>; attributes whose value is null are left out.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _html.Append('>');
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public HtmlWriter Close()
    {
        _html.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>A void element (input, meta, link) or an empty SVG shape, self-closed.</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _html.Append(" />");
        return this;
    }

    /// <summary>An element holding only <paramref name="text"/>.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _html.Append('>');
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Encoded text.</summary>
    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_html), text);
        }

        return this;
    }

    /// <summary>The document; every element must have been closed.</summary>
    public override string ToString() =>
        _open.Count == 0 ? _html.ToString() : throw new InvalidOperationException($"<{_open.Peek()}> was not closed.");

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"");
                Encoder.Encode(new StringWriter(_html), value);
                _html.Append('"');
            }
        }
    }
}
