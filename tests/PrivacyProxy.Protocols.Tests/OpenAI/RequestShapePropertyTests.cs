using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Tests.Fakes;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.OpenAI;

/// <summary>
/// Random JSON documents built only from keys that carry text (known text fields, structure, unknown keys):
/// every string, free-form number and key must come out scrubbed, the output must stay valid JSON, and a
/// document without findings must come out byte-identical.
/// </summary>
public sealed class RequestShapePropertyTests
{
    // No protocol-vocabulary keys (model, role, type, ids, media, arguments): everything below must be scanned.
    private static readonly string[] Keys =
        ["messages", "content", "text", "name", "reasoning_content", "stop", "metadata", "tools", "function", "description",
         "parameters", "x", "note", "data", "items", "\u5317\u4eac", "alice@example.com", "q\"uote"];

    private static readonly string[] Strings =
        ["", "plain", "mail alice@example.com now", "4111111111111111", "Alice O'Neil", "sk-live-51HxQ2eZvKYlo2C0aIiXyZ",
         "\u5317\u4eac \ud83d\ude00", "tab\tquote\"back\\slash", "[[EMAIL_1]] lookalike"];

    private static readonly Gen<JsonNode?> Scalar = Gen.Frequency(
        (4, (IGen<JsonNode?>)Gen.OneOf(Strings).Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.OneOf(4111111111111111L, 42L, -7L).Select(n => (JsonNode?)JsonValue.Create(n))),
        (1, Gen.OneOf<JsonNode?>(JsonValue.Create(true), JsonValue.Create(false), null)));

    private static readonly Gen<JsonNode?> Value = Gen.Recursive<JsonNode?>((depth, inner) => depth >= 4
        ? Scalar
        : Gen.Frequency(
            (3, (IGen<JsonNode?>)Scalar),
            (1, inner.Array[0, 4].Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()))),
            (1, Gen.Select(Gen.Shuffle(Keys, 0, 4), inner.Array[4]).Select((keys, values) =>
            {
                var obj = new JsonObject();
                for (int i = 0; i < keys.Length; i++)
                {
                    obj[keys[i]] = values[i]?.DeepClone();
                }

                return (JsonNode?)obj;
            }))));

    private static readonly Gen<(string Json, JsonObject Doc)> Documents =
        Gen.Select(Gen.Shuffle(Keys, 1, 5), Value.Array[5], Gen.Bool).Select((keys, values, indented) =>
        {
            var root = new JsonObject();
            for (int i = 0; i < keys.Length; i++)
            {
                root[keys[i]] = values[i]?.DeepClone();
            }

            return (root.ToJsonString(new JsonSerializerOptions { WriteIndented = indented }), root);
        });

    [Fact]
    public void RewriteRequest_RandomDocuments_EverythingScrubbedValidJsonSameStructure()
    {
        Documents.Sample(
            doc =>
            {
                var output = Encoding.UTF8.GetString(
                    OpenAIChatProtocol.Instance.RewriteRequest(Encoding.UTF8.GetBytes(doc.Json), Secrets.Scrubber(), RequestRewriteOptions.Default));

                var expected = ScrubAll(doc.Doc, Secrets.Scrubber());
                var actual = JsonNode.Parse(output);
                JsonNode.DeepEquals(actual, expected).Should().BeTrue("the output must equal the document with every text scrubbed");
                Secrets.AnyIn(output).Should().BeFalse("planted value leaked");
            },
            iter: 300,
            threads: 1,
            print: d => $"document of {d.Json.Length} chars");
    }

    [Fact]
    public void RewriteRequest_RandomDocumentsWithoutFindings_ByteIdentical()
    {
        Documents.Sample(
            doc =>
            {
                var input = Encoding.UTF8.GetBytes(doc.Json);

                var output = OpenAIChatProtocol.Instance.RewriteRequest(input, new FakeScrubber(), RequestRewriteOptions.Default);

                output.AsSpan().SequenceEqual(input).Should().BeTrue("unchanged bodies are forwarded byte for byte");
            },
            iter: 200,
            threads: 1,
            print: d => $"document of {d.Json.Length} chars");
    }

    /// <summary>The oracle: scrub names and values in document order, turning changed numbers into strings.</summary>
    private static JsonNode? ScrubAll(JsonNode? node, FakeScrubber scrubber)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    string name = scrubber.Scrub(key);
                    result[name] = ScrubAll(value, scrubber);
                }

                return result;
            case JsonArray array:
                return new JsonArray(array.Select(item => ScrubAll(item, scrubber)).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(scrubber.Scrub(value.GetValue<string>()));
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                string raw = value.ToJsonString();
                string scrubbed = scrubber.Scrub(raw);
                return scrubbed == raw ? value.DeepClone() : JsonValue.Create(scrubbed);
            default:
                return node?.DeepClone();
        }
    }
}
