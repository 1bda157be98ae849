namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// The browser test classes share one proxy, one run of traffic and one Chromium (starting them takes seconds);
/// xunit runs the classes of a collection one after another, so pages never compete for the two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DashboardBrowserCollection : ICollectionFixture<DashboardBrowserFixture>
{
    public const string Name = "dashboard in headless Chromium";
}
