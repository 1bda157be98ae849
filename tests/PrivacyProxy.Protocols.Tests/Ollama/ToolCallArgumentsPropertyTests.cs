using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PrivacyProxy.Protocols.Ollama;
using PrivacyProxy.Protocols.Tests.Support;
using PrivacyProxy.Redaction;

namespace PrivacyProxy.Protocols.Tests.Ollama;

/// <summary>
/// Whole tool calls with object arguments of any shape, encoded any legal way: every string value and key comes out
/// restored, the line stays valid JSON, and nothing else changes (real <see cref="RedactionSession"/>, whose values
/// carry quotes and backslashes).
/// </summary>
public sealed class ToolCallArgumentsPropertyTests
{
    private static readonly Gen<string> Str = Gen.OneOf(
        "[[PERSON_1]]", "[[EMAIL_1]]", "[[PASSWORD_1]]", "\"", "\\", "\n", "\u0001", "北京", "😀", "[[", "]]", "x",
        "[[UNKNOWN_1]]", "/", "<>&'", " ")
        .Array[0, 6].Select(parts => string.Concat(parts));

    private static readonly Gen<JsonNode?> Leaf = Gen.Frequency(
        (6, (IGen<JsonNode?>)Str.Select(s => (JsonNode?)JsonValue.Create(s))),
        (1, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const((JsonNode?)null)));

    private static readonly Gen<JsonObject> Arguments = ObjectOf(2);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Gen<JsonNode?> Value(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (4, (IGen<JsonNode?>)Leaf),
            (1, Value(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items]))),
            (1, ObjectOf(depth - 1).Select(o => (JsonNode?)o)));

    private static Gen<JsonObject> ObjectOf(int depth) =>
        Gen.Select(Str, Value(depth)).Array[0, 4].Select(members =>
        {
            var obj = new JsonObject();
            for (int i = 0; i < members.Length; i++)
            {
                // The index keeps keys distinct after restoring.
                obj.Add($"k{i}{members[i].Item1}", members[i].Item2);
            }

            return obj;
        });

    private static JsonNode? Restored(JsonNode? node, ITextRestorer restorer) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(restorer.Restore(p.Key, TextContext.Plain), Restored(p.Value, restorer)))),
        JsonArray array => new JsonArray([.. array.Select(item => Restored(item, restorer))]),
        JsonValue value when value.TryGetValue<string>(out var s) => JsonValue.Create(restorer.Restore(s, TextContext.Plain)),
        _ => node?.DeepClone(),
    };

    [Fact]
    public void Transform_AnyObjectArguments_RestoredValidJson()
    {
        Gen.Select(Arguments, Gen.Bool, Gen.Int[1, 30].Array[0, 40]).Sample(
            input =>
            {
                var (arguments, relaxed, chunks) = input;
                string encoded = relaxed ? arguments.ToJsonString(Relaxed) : arguments.ToJsonString();
                string line = "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"call_1\",\"function\":{\"index\":0,\"name\":\"f\",\"arguments\":" +
                    encoded + "}}]},\"done\":false}\n";

                string output = Transform.RunText(OllamaChatProtocol.Instance, "application/x-ndjson", Sessions.Issued(), Encoding.UTF8.GetBytes(line), chunks);

                var parsed = JsonNode.Parse(output)!;
                var actual = parsed["message"]!["tool_calls"]![0]!["function"]!["arguments"];
                JsonNode.DeepEquals(actual, Restored(arguments, Sessions.Issued())).Should().BeTrue("every key and string value is restored, nothing else changes");
                parsed["message"]!["tool_calls"]![0]!["id"]!.GetValue<string>().Should().Be("call_1");
                output.Should().EndWith("}\n");
            },
            iter: 400,
            threads: 1);
    }
}
