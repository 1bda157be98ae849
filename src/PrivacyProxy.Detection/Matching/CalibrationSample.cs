namespace PrivacyProxy.Detection.Matching;

/// <summary>
/// Ordinary text of the kinds the proxy scans (source code, JSON, logs, prose) with no sensitive values, for
/// timing two equivalent forms of a pattern when rules are compiled.
/// </summary>
internal static class CalibrationSample
{
    private const string Piece = """
        using System.Text.Json;
        namespace Acme.Billing.Services;

        public sealed class InvoiceService(IInvoiceStore store, ILogger<InvoiceService> logger)
        {
            private const int MaxRetries = 3;
            private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

            public async Task<Invoice?> GetAsync(Guid id, CancellationToken token = default)
            {
                for (var attempt = 1; attempt <= MaxRetries; attempt++)
                {
                    var invoice = await store.FindAsync(id, token);
                    if (invoice is not null && invoice.Total > 0m) { return invoice with { Status = "open" }; }
                    logger.LogWarning("Attempt {Attempt} of {Max} found nothing", attempt, MaxRetries);
                    await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), token);
                }
                return null;
            }
        }

        def parse_config(path: str, *, strict: bool = False) -> dict:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
            if strict and "version" not in data:
                raise ValueError(f"missing version in {path!r}")
            return {k.lower(): v for k, v in data.items() if not k.startswith("_")}

        {"name": "web-frontend", "version": "2.14.0", "private": true, "scripts": {"build": "vite build", "test": "vitest run --coverage"},
         "dependencies": {"react": "^18.3.1", "zod": "3.23.8"}, "engines": {"node": ">=20"}}

        2024-05-14 09:12:44.512 INFO  [worker-3] Processed batch 1842 (512 items) in 1.37s, queue depth 12
        2024-05-14 09:12:45.009 WARN  [worker-1] Retrying request GET /api/v2/orders?page=7&size=50 after 503 (attempt 2/5)

        Thanks for the quick review! I moved the retry logic into its own helper and added tests for the timeout path.
        The build on the main branch is green again; the flaky test was waiting on a timer that we now fake. Could you
        take another look at the migration before Friday? We plan to release 3.2 next week, after the docs are updated.

        """;

    public static string Text { get; } = string.Concat(Enumerable.Repeat(Piece, 3));
}
