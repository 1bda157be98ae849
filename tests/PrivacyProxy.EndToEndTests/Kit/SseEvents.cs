using System.Text;

namespace PrivacyProxy.EndToEndTests.Kit;

/// <summary>An SSE body as the client received it, split into events (LF framing): name (or null) and joined data.</summary>
internal static class SseEvents
{
    /// <summary>The events with data, in order; comments and empty events are left out.</summary>
    public static List<(string? Name, string Data)> Parse(string body)
    {
        var events = new List<(string?, string)>();
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? name = null;
            var data = new StringBuilder();
            bool hasData = false;
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    name = line["event:".Length..].TrimStart(' ');
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Append(hasData ? "\n" : "").Append(line["data:".Length..].TrimStart(' '));
                    hasData = true;
                }
            }

            if (hasData)
            {
                events.Add((name, data.ToString()));
            }
        }

        return events;
    }

    /// <summary>The names in order with runs of the same name collapsed (the proxy may add a delta to a run).</summary>
    public static List<string> NameRuns(IEnumerable<(string? Name, string Data)> events)
    {
        var runs = new List<string>();
        foreach (var (name, _) in events)
        {
            string current = name ?? "";
            if (runs.Count == 0 || runs[^1] != current)
            {
                runs.Add(current);
            }
        }

        return runs;
    }
}
