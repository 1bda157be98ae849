using System.Buffers.Binary;
using Xunit.Abstractions;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// Screenshots of the signed-in pages after the run, kept as test artifacts under the test output folder
/// (TestResults/dashboard/*.png): what a person would see, for review and for the README's picture.
/// </summary>
[Collection(DashboardBrowserCollection.Name)]
public sealed class ScreenshotTests(DashboardBrowserFixture dashboard, ITestOutputHelper output)
{
    [Theory]
    [InlineData("overview", "/dashboard")]
    [InlineData("events", "/dashboard/events")]
    [InlineData("breakdowns", "/dashboard/breakdowns")]
    [InlineData("policies", "/dashboard/policies")]
    public async Task Page_AfterTheRun_IsSavedAsAScreenshot(string name, string path)
    {
        await using var page = await dashboard.SignedInPageAsync(path);
        string file = Path.Combine(DashboardBrowserFixture.ArtifactFolder, name + ".png");

        (await page.AttributesAsync("#dashboard-nav a[aria-current=page]", "data-nav")).Should().Equal([name], "the page itself is shown, signed in");
        await page.ScreenshotAsync(file);

        output.WriteLine($"screenshot of {path}: {file}");
        byte[] png = await File.ReadAllBytesAsync(file);
        png.AsSpan(0, 8).ToArray().Should().Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "the file is a PNG");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().BeGreaterThanOrEqualTo(1280, "the whole window's width is captured");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().BeGreaterThan(200);
        png.Length.Should().BeGreaterThan(10_000, "a rendered page, not a blank one");
    }
}
