namespace PrivacyProxy.Audit.Tests;

/// <summary>The store contract on a real PostgreSQL server (<see cref="PostgresCluster"/>), one database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditStoreTests(PostgresCluster cluster) : AuditStoreContract
{
    private string? _connectionString;

    protected override async Task<IAuditStore> CreateStoreAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync();
        return new PostgresAuditStore(_connectionString);
    }

    protected override IAuditStore OpenSameStorage() => new PostgresAuditStore(_connectionString!);

    [Fact]
    public async Task InitializeAsync_ReplicasStartingTogether_MigrateOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresAuditStore(_connectionString!)).ToList();

        await Task.WhenAll(stores.Select(s => s.InitializeAsync()));
        await Task.WhenAll(stores.Select((s, i) => s.WriteAsync([TestEvents.Create(TestEvents.Epoch, index: i)])));

        (await Store.SummaryAsync(new AuditPeriod(TestEvents.Epoch, TestEvents.Epoch.AddDays(1)))).Requests.Should().Be(4);
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task InitializeAsync_UnreachableServer_FailsNamingTheStore()
    {
        await using var store = new PostgresAuditStore("Host=127.0.0.1;Port=1;Username=nobody;Password=fake-test-password;Timeout=2");

        var act = () => store.InitializeAsync();

        var failure = await act.Should().ThrowAsync<InvalidOperationException>();
        failure.WithMessage("*postgres audit store*");
        failure.Which.Message.Should().NotContain("fake-test-password");
    }

    [Fact]
    public void Constructor_MalformedConnectionString_FailsNamingTheKeyNotTheValue()
    {
        var act = () => new PostgresAuditStore("Host=127.0.0.1;Passwrd=fake-test-password;NoSuchKeyword=1");

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("ConnectionStrings:Audit").And.NotContain("fake-test-password");
    }
}
