using System.Text.Json;
using PrivacyProxy.Audit;

namespace PrivacyProxy.Dashboard.Api;

/// <summary>
/// One stored event as the API writes it (the events page and the search share it): camelCase names, times in
/// ISO 8601 UTC, durations in milliseconds, an absent name written as null. Every text is an audit name or a
/// fingerprint: there is nothing in an event that could carry a value.
/// </summary>
internal static class EventJson
{
    public static void WriteArray(Utf8JsonWriter writer, string propertyName, IReadOnlyList<StoredAuditEvent> events)
    {
        writer.WriteStartArray(propertyName);
        foreach (var stored in events)
        {
            Write(writer, stored);
        }

        writer.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter writer, StoredAuditEvent stored)
    {
        var e = stored.Event;
        writer.WriteStartObject();
        writer.WriteNumber("id", stored.Id);
        writer.WriteString("time", ApiJson.Time(e.Time));
        writer.WriteString("requestId", e.RequestId.Value);
        WriteName(writer, "caller", e.Caller);
        WriteName(writer, "team", e.Team);
        writer.WriteString("route", e.Route.Value);
        writer.WriteString("protocol", e.Protocol.Value);
        writer.WriteString("upstream", AuditNames.ToText(e.Upstream));
        WriteName(writer, "model", e.Model);
        writer.WriteString("policy", e.Policy.Value);
        writer.WriteString("action", AuditNames.ToText(e.Action));
        WriteName(writer, "shadowPolicy", e.ShadowPolicy);
        if (e.ShadowAction is { } shadowAction)
        {
            writer.WriteString("shadowAction", AuditNames.ToText(shadowAction));
        }
        else
        {
            writer.WriteNull("shadowAction");
        }

        writer.WriteStartArray("findings");
        foreach (var tally in e.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("category", tally.Category.Value);
            writer.WriteString("type", tally.Type.Value);
            writer.WriteString("rule", tally.Rule.Value);
            writer.WriteNumber("count", tally.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("fingerprints");
        foreach (var print in e.Fingerprints)
        {
            writer.WriteStartObject();
            writer.WriteString("keyId", print.KeyId);
            writer.WriteString("hash", print.Hash);
            writer.WriteString("category", print.Category.Value);
            writer.WriteString("type", print.Type.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("placeholdersIssued", e.PlaceholdersIssued);
        writer.WriteNumber("placeholdersMangled", e.PlaceholdersMangled);
        writer.WriteNumber("bytesIn", e.BytesIn);
        writer.WriteNumber("bytesOut", e.BytesOut);
        writer.WriteNumber("scanMs", ApiJson.Milliseconds(e.ScanTime));
        writer.WriteNumber("upstreamMs", ApiJson.Milliseconds(e.UpstreamLatency));
        writer.WriteNumber("status", e.StatusCode);
        writer.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter writer, string propertyName, AuditName? name)
    {
        if (name is { } present)
        {
            writer.WriteString(propertyName, present.Value);
        }
        else
        {
            writer.WriteNull(propertyName);
        }
    }
}
