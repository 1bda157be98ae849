using System.Xml.Linq;

namespace PrivacyProxy.EndToEndTests.Dashboard.Pages;

/// <summary>
/// A dashboard page read as XML: the pages are written well-formed (void elements self-closed, everything encoded),
/// so System.Xml.Linq can query them; a page that is not well-formed fails here. Names are matched by local name
/// so inline SVG (in its own namespace) is found the same way.
/// </summary>
internal sealed class PageHtml
{
    private PageHtml(string source, XDocument document)
    {
        Source = source;
        Document = document;
    }

    public string Source { get; }

    public XDocument Document { get; }

    public XElement Root => Document.Root!;

    public static PageHtml Parse(string html)
    {
        const string Doctype = "<!doctype html>";
        if (!html.StartsWith(Doctype, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("The page does not start with <!doctype html>.");
        }

        return new PageHtml(html, XDocument.Parse(html[Doctype.Length..]));
    }

    /// <summary>Every element named <paramref name="name"/>.</summary>
    public IEnumerable<XElement> All(string name) => Document.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>The element whose id is <paramref name="id"/>, or null.</summary>
    public XElement? ById(string id) => Document.Descendants().SingleOrDefault(e => (string?)e.Attribute("id") == id);

    /// <summary>Every element carrying the class <paramref name="cssClass"/>.</summary>
    public IEnumerable<XElement> ByClass(string cssClass) => Document.Descendants().Where(e => HasClass(e, cssClass));

    public static bool HasClass(XElement element, string cssClass) =>
        ((string?)element.Attribute("class"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(cssClass) == true;

    /// <summary>The descendants of <paramref name="element"/> with the class <paramref name="cssClass"/>.</summary>
    public static IEnumerable<XElement> Within(XElement element, string cssClass) => element.Descendants().Where(e => HasClass(e, cssClass));

    /// <summary>The text of the single descendant of <paramref name="element"/> with the class <paramref name="cssClass"/>.</summary>
    public static string Cell(XElement element, string cssClass) => Within(element, cssClass).Single().Value;
}
