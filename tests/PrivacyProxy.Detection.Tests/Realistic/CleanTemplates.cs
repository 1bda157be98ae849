namespace PrivacyProxy.Detection.Tests.Realistic;

/// <summary>
/// Clean developer text (code, logs, manifests, CSS, git output) whose <c>&lt;%slot%&gt;</c> marks are filled
/// with look-alikes only: hashes, UUIDs, versions, timestamps, order numbers, ports, colours, constants, base64.
/// </summary>
internal static class CleanTemplates
{
    public static IReadOnlyList<(string Kind, string Template)> All { get; } =
    [
        ("git log", "commit <%sha%>\nAuthor: build-bot <ci@localhost>\nDate:   <%ts%>\n\n    Bump deps to <%ver%> (<%ticket%>)\n\ncommit <%sha%>\nMerge: <%sha7%> <%sha7%>\n    Fix flaky test, see <%sha7%>\n"),
        ("csharp", "public sealed class RetryPolicy\n{\n    private const int MaxAttempts = 5;\n    private const long MaxBytes = <%bytes%>;\n    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(<%ms%>);\n    public Guid CorrelationId { get; } = Guid.Parse(\"<%uuid%>\");\n    public int Flags => <%hexnum%>;\n}\n"),
        ("csharp", "[assembly: AssemblyVersion(\"<%asmver%>\")]\n[assembly: AssemblyFileVersion(\"<%asmver%>\")]\n<PackageReference Include=\"Serilog\" Version=\"<%ver%>\" />\n<PackageReference Include=\"Polly\" Version=\"<%ver%>\" />\n"),
        ("python", "def test_order_totals():\n    order = Order(id=<%bigid%>, number=\"<%order%>\", total=<%float%>)\n    assert order.invoice == \"<%invoice%>\"\n    assert hash(order) == <%bigid%>\n    time.sleep(<%float%>)\n"),
        ("log", "<%ts%> INFO  Started in <%ms%> ms (pid <%pid%>), build <%build%>, commit <%sha7%>\n<%ts%> DEBUG cache hit ratio=<%float%> keys=<%ms%>\n<%ts%> WARN  slow query took <%ms%>ms id=<%uuid%>\n"),
        ("stack trace", "System.NullReferenceException: Object reference not set to an instance of an object.\n   at Shop.Orders.OrderService.Total(Order o) in /src/Shop/Orders/OrderService.cs:line <%lineno%>\n   at Shop.Api.Program.<Main>$(String[] args) in /src/Shop/Api/Program.cs:line <%lineno%>\n   thread <%pid%> at <%ptr%>\n"),
        ("package lock", "\"node_modules/lodash\": {\n  \"version\": \"<%ver%>\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-<%ver%>.tgz\",\n  \"integrity\": \"sha512-<%b64%>\"\n},\n"),
        ("docker", "FROM mcr.microsoft.com/dotnet/aspnet:<%ver%>@sha256:<%sha256%>\nEXPOSE <%port%>\nENV DOTNET_gcHeapHardLimit=<%hexnum%>\nHEALTHCHECK CMD curl -f http://localhost:<%port%>/healthz || exit 1\n"),
        ("kubernetes", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  uid: <%uuid%>\n  resourceVersion: \"<%bigid%>\"\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - image: registry.local/api:<%sha7%>\n          ports:\n            - containerPort: <%port%>\n"),
        ("css", ".btn-primary {\n  color: <%hexcol%>;\n  background: <%hexcol%>;\n  border: 1px solid <%hexcol%>;\n  transition: all <%ms%>ms ease-in;\n  z-index: <%ms%>;\n}\n"),
        ("sql schema", "CREATE TABLE orders (\n  id BIGINT PRIMARY KEY,\n  number VARCHAR(32) NOT NULL, -- e.g. <%order%>\n  created_at TIMESTAMP DEFAULT '<%ts%>',\n  total NUMERIC(12,2) CHECK (total < <%bytes%>)\n);\n-- migration <%build%> checksum <%sha256%>\n"),
        ("csv metrics", "timestamp,latency_ms,rps,build\n<%epochms%>,<%ms%>,<%float%>,<%build%>\n<%epochms%>,<%ms%>,<%float%>,<%build%>\n<%epochms%>,<%ms%>,<%float%>,<%build%>\n"),
        ("markdown", "## Release <%ver%> (<%date%>)\n\n- Fixes <%cve%> and <%cve%>\n- Requires Windows build <%winbuild%> or later\n- Tracking issue <%ticket%>, merged in <%sha7%>\n- Shipment <%track%> left the warehouse; ref book ISBN <%isbn%>\n"),
        ("shell", "$ dotnet --version\n<%ver%>\n$ docker images --digests | head -2\napi  <%sha7%>  sha256:<%sha256%>  <%ms%>MB\n$ crontab -l\n<%cron%> /usr/local/bin/backup.sh\n"),
        ("json api", "{\"id\": \"<%uuid%>\", \"order\": \"<%order%>\", \"invoice\": \"<%invoice%>\", \"amount\": <%amount%>, \"created\": <%epoch%>, \"etag\": \"<%sha256%>\", \"payload\": \"<%b64%>\"}\n"),
        ("go", "const (\n\tmaxInt    = <%bytes%>\n\tmagic     = <%hexnum%>\n\tbuildTime = <%epoch%>\n)\nvar version = \"<%ver%>\" // <%sha7%>\n"),
        ("http", "HTTP/1.1 200 OK\nContent-Length: <%ms%>\nETag: W/\"<%sha%>\"\nX-Request-Id: <%uuid%>\nDate: Mon, 15 Jan 2024 10:30:00 GMT\nCache-Control: max-age=<%ms%>\n"),
        ("test fixture", "[Theory]\n[InlineData(<%bigid%>, \"<%order%>\")]\n[InlineData(<%bigid%>, \"<%invoice%>\")]\npublic void Parse_Valid_Works(long id, string number) => Parser.Parse(id, number).Should().NotBeNull();\n"),
        ("java", "private static final long SERIAL_VERSION_UID = <%bigid%>L;\nprivate static final int TIMEOUT_MS = <%ms%>;\nprivate static final String BUILD = \"<%build%>\";\n"),
        ("terraform", "resource \"aws_instance\" \"web\" {\n  ami           = \"ami-<%sha7%>\"\n  instance_type = \"t3.micro\"\n  tags = { Build = \"<%build%>\", Commit = \"<%sha%>\" }\n}\n"),
    ];
}
