namespace PrivacyProxy.Protocols.Tests.Support;

/// <summary>Loads the byte-exact fixtures copied from protocols.md section 6.</summary>
internal static class Fixture
{
    public static readonly string[] SseNames =
        ["chat-stream-thinking-tool.sse", "usage-tail.sse", "split-placeholder.sse", "n2.sse"];

    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
