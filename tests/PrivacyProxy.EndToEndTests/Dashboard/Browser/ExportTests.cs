using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>The events page's export link downloads, as a CSV file, the rows the page's filters select.</summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class ExportTests(DashboardBrowserFixture dashboard)
{
    [Fact]
    public async Task ExportLink_FilteredEvents_DownloadsTheFilteredRows()
    {
        await using var page = await dashboard.SignedInPageAsync("/dashboard/events");
        await page.FillAsync("#team", "team-local");
        await page.ClickAndWaitForLoadAsync("#apply-filters");
        var shown = await EventsPageTests.EventIdsAsync(page);
        string folder = Directory.CreateTempSubdirectory("privacyproxy-download-").FullName;
        try
        {
            string href = (await page.AttributesAsync("a#export-csv", "href")).Single()!;
            href.Should().StartWith("/dashboard/export.csv").And.Contain("team=team-local", "the export keeps the page's filters");

            var (file, name) = await page.DownloadAsync("a#export-csv", folder);

            name.Should().EndWith(".csv");
            var lines = (await File.ReadAllLinesAsync(file)).Where(static l => l.Length > 0).ToList();
            shown.Should().NotBeEmpty("the run sent team-local requests");
            lines.Should().HaveCount(shown.Count + 1, "a header, then one line per row the page shows");
            // The id and team cells come before any cell that could be quoted, so splitting on commas finds them.
            var header = lines[0].Split(',');
            int id = Array.IndexOf(header, "id"), team = Array.IndexOf(header, "team");
            id.Should().BeGreaterThanOrEqualTo(0, "the export names its columns");
            team.Should().BeGreaterThan(id);
            var rows = lines.Skip(1).Select(static l => l.Split(',')).ToList();
            rows.Select(r => long.Parse(r[id], System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(shown, "the export holds the rows the page shows, in its order");
            rows.Select(r => r[team]).Should().AllBe("team-local");
            Planted.Which(string.Join('\n', lines)).Should().BeEmpty("the export holds no planted value");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
