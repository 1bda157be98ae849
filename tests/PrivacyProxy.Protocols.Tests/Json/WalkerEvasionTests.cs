using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PrivacyProxy.Protocols.Anthropic;
using PrivacyProxy.Protocols.OpenAI;
using PrivacyProxy.Protocols.Responses;
using PrivacyProxy.Redaction;
using PrivacyProxy.Protocols.Tests.Support;

namespace PrivacyProxy.Protocols.Tests.Json;

/// <summary>
/// The request walker leaves no field unscanned (issue 7, items 1, 2, 5, 8, 9): vocabulary out of its grammar,
/// opaque blobs that are not ciphertext, numbers, JSON inside strings, escapes, values split across pieces, token
/// ids and device identifiers. Real sessions over planted values; assertions never print a planted value.
/// </summary>
public sealed class WalkerEvasionTests
{
    private static string Chat(string body, RequestRewriteOptions? options = null) =>
        Rewrite(OpenAIChatProtocol.Instance, body, options);

    private static string Rewrite(IWireProtocol protocol, string body, RequestRewriteOptions? options = null) =>
        Encoding.UTF8.GetString(protocol.RewriteRequest(
            Encoding.UTF8.GetBytes(Secrets.Fill(body)), new RedactionSession(Sessions.Detector()), options ?? RequestRewriteOptions.Default));

    /// <summary>Checks the output as written and in every decoded form: its string values, their escapes decoded, C0 controls removed.</summary>
    private static void ShouldNotLeak(string output)
    {
        Secrets.AnyIn(output).Should().BeFalse("no planted value may reach the upstream");
        string decoded = string.Join("\n", Strings(JsonNode.Parse(output)));
        for (int round = 0; round < 4; round++)
        {
            decoded = Regex.Replace(decoded, @"\\u([0-9a-fA-F]{4})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString())
                .Replace("\\\"", "\"", StringComparison.Ordinal)
                .Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        decoded = new string([.. decoded.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]);
        Secrets.AnyIn(decoded).Should().BeFalse("no planted value may reach the upstream in a decoded form");
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue(out string? text) => [text],
        _ => [],
    };

    [Theory]
    [InlineData("""{"model":"{KEY}","messages":[]}""")]
    [InlineData("""{"messages":[{"role":"user {EMAIL}","content":"x"}]}""")]
    [InlineData("""{"messages":[{"role":"tool","tool_call_id":"call_{CARD}","content":"x"}]}""")]
    [InlineData("""{"reasoning_effort":"{EMAIL}","messages":[]}""")]
    [InlineData("""{"tool_choice":"{EMAIL}","messages":[]}""")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"text {KEY}","text":"x"}]}]}""")]
    [InlineData("""{"stream":"{KEY}","messages":[]}""")]
    public void RewriteRequest_VocabularyOutOfGrammar_Scanned(string body)
    {
        ShouldNotLeak(Chat(body));
    }

    [Fact]
    public void RewriteRequest_RealVocabulary_BytesIdentical()
    {
        const string body = """{"model":"deepseek-chat","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"call_00_kw66qNnNto11bSfJVIdlV5Oo","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]},{"role":"tool","tool_call_id":"call_00_kw66qNnNto11bSfJVIdlV5Oo","content":"ok"}],"reasoning_effort":"high","stream":true,"temperature":0.7,"top_p":1,"max_tokens":4096,"tool_choice":"auto"}""";

        Chat(body).Should().Be(body);
    }

    [Fact]
    public void RewriteRequest_ClaudeCodeShapedRequest_BytesIdentical()
    {
        string signature = Convert.ToBase64String(RandomBytes(180));
        string body = """{"model":"claude-sonnet-4-5-20250929","max_tokens":32000,"stream":true,"temperature":1,"system":[{"type":"text","text":"You are Claude Code.","cache_control":{"type":"ephemeral"}}],"thinking":{"type":"enabled","budget_tokens":31999},"tools":[{"name":"Bash","description":"Runs a command","input_schema":{"type":"object","properties":{"command":{"type":"string"},"timeout":{"type":"number","maximum":600000}},"required":["command"]}}],"tool_choice":{"type":"auto"},"messages":[{"role":"user","content":[{"type":"text","text":"list files"}]},{"role":"assistant","content":[{"type":"thinking","thinking":"I will run ls.","signature":"BLOB"},{"type":"tool_use","id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","name":"Bash","input":{"command":"ls -la","timeout":120000}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01T1x1fJ34qAmk2tNTrN7Up6","content":"total 8\nREADME.md","is_error":false,"cache_control":{"type":"ephemeral","ttl":"1h"}}]}]}""".Replace("BLOB", signature, StringComparison.Ordinal);

        Rewrite(AnthropicMessagesProtocol.Instance, body).Should().Be(body);
    }

    [Fact]
    public void RewriteRequest_CodexShapedRequest_BytesIdentical()
    {
        string encrypted = "gAAAAA" + Convert.ToBase64String(RandomBytes(240)).Replace('+', '-').Replace('/', '_');
        string body = """{"model":"gpt-5-codex","instructions":"You are Codex.","input":[{"type":"message","role":"developer","content":[{"type":"input_text","text":"sandbox: workspace-write"}]},{"type":"message","role":"user","content":[{"type":"input_text","text":"fix the test"}]},{"type":"reasoning","summary":[{"type":"summary_text","text":"Looking at tests"}],"content":null,"encrypted_content":"BLOB"},{"type":"function_call","name":"shell","arguments":"{\"command\":[\"bash\",\"-lc\",\"ls\"],\"timeout_ms\":120000}","call_id":"call_8GyZ3Bm1sJeVm0QpQ2Xq9a1c"},{"type":"function_call_output","call_id":"call_8GyZ3Bm1sJeVm0QpQ2Xq9a1c","output":"{\"output\":\"README.md\\n\",\"metadata\":{\"exit_code\":0,\"duration_seconds\":0.1}}"}],"tools":[{"type":"function","name":"shell","description":"Runs a shell command","strict":false,"parameters":{"type":"object","properties":{"command":{"type":"array","items":{"type":"string"}}},"required":["command"]}}],"tool_choice":"auto","parallel_tool_calls":false,"reasoning":{"effort":"medium","summary":"auto"},"store":false,"stream":true,"include":["reasoning.encrypted_content"]}""".Replace("BLOB", encrypted, StringComparison.Ordinal);

        Rewrite(OpenAIResponsesProtocol.Instance, body).Should().Be(body);
    }

    [Theory]
    [InlineData("cGFzc3dvcmQ6IGh1bnRlcjIgZm9yIHRoZSBkYXRhYmFzZQ==")]
    [InlineData("not base64 at all")]
    [InlineData("{KEY}")]
    public void RewriteRequest_SignatureNotCiphertext_Refused(string signature)
    {
        string body = """{"max_tokens":1,"messages":[{"role":"assistant","content":[{"type":"thinking","thinking":"t","signature":"SIG"}]}]}""".Replace("SIG", signature, StringComparison.Ordinal);

        var act = () => Rewrite(AnthropicMessagesProtocol.Instance, body);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(400);
    }

    [Fact]
    public void RewriteRequest_CiphertextBlobs_PassByteExact()
    {
        string blob = Convert.ToBase64String(RandomBytes(96));
        string body = $$"""{"max_tokens":1,"messages":[{"role":"assistant","content":[{"type":"thinking","thinking":"t","signature":"{{blob}}"},{"type":"redacted_thinking","data":"{{blob}}"}]}]}""";

        Rewrite(AnthropicMessagesProtocol.Instance, body).Should().Be(body);
    }

    [Theory]
    [InlineData("""{"input":[{"type":"reasoning","summary":[],"encrypted_content":"aGVyZSBpcyB0aGUgcGFzc3dvcmQ6IGh1bnRlcjI="}]}""")]
    [InlineData("""{"input":[{"type":"reasoning","summary":[],"encrypted_content":"x y"}]}""")]
    public void RewriteRequest_EncryptedContentNotCiphertext_Refused(string body)
    {
        var act = () => Rewrite(OpenAIResponsesProtocol.Instance, body);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"pay","arguments":"{\"card\":4111111111111111}"}}]}]}""")]
    [InlineData("""{"messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"pay","arguments":"{\"card\":4.111111111111111e15}"}}]}]}""")]
    [InlineData("""{"seed":4111111111111111,"messages":[]}""")]
    [InlineData("""{"x_extra":[4111,1111,1111,1111],"messages":[]}""")]
    public void RewriteRequest_CardAsNumber_DoesNotLeave(string body)
    {
        string output = Chat(body);

        output.Should().NotContain("4111111111111111", "a card number sent as a number must not leave")
            .And.NotContain("4.111111111111111e15", "nor in exponent form");
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\"to\":\"{EMAIL}\""}}]}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"{\"to\":\"\\u0061lice@example.com\", broken"}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"[\"{\\\"card\\\":\\\"{CARD}\\\"}\"]"}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"\"{\\\"k\\\":\\\"{KEY}\\\"}\""}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"4111\u00001111\u000011111111"}]}""")]
    [InlineData("""{"x_extra":{"4111\u00001111\u000011111111":1},"messages":[]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"\"\\\"\\\\u0061lice@example.com\\\"\""}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"\u0061lice@ex\u0061mple.com"}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"{\"n\":\"\\ud83d\\ude00 {EMAIL}\"}"}]}""")]
    public void RewriteRequest_JsonAndEscapesInStrings_Scanned(string body)
    {
        ShouldNotLeak(Chat(body));
    }

    [Fact]
    public void RewriteRequest_EmbeddedJsonDeeperThanLimit_ScannedAsText()
    {
        string deep = new string('[', 80) + "\\\"" + Secrets.Email + "\\\"" + new string(']', 80);
        string body = """{"messages":[{"role":"user","content":"DEEP"}]}""".Replace("DEEP", deep, StringComparison.Ordinal);

        ShouldNotLeak(Chat(body));
    }

    [Fact]
    public void RewriteRequest_CardSplitAcrossPartsOrMessages_RandomSplits_NeverLeaves()
    {
        var random = new Random(11);
        for (int round = 0; round < 200; round++)
        {
            int parts = random.Next(2, 5);
            int[] cuts = [.. Enumerable.Range(0, parts - 1).Select(_ => random.Next(1, Secrets.Card.Length)).Distinct().Order()];
            var pieces = new List<string>();
            int from = 0;
            foreach (int cut in cuts)
            {
                pieces.Add(Secrets.Card[from..cut]);
                from = cut;
            }

            pieces.Add(Secrets.Card[from..]);
            bool asMessages = round % 2 == 1;
            string body = asMessages
                ? $$"""{"messages":[{"role":"user","content":"card: "},{{string.Join(",", pieces.Select(p => $$"""{"role":"user","content":"{{p}}"}"""))}}]}"""
                : $$"""{"messages":[{"role":"user","content":[{"type":"text","text":"card: "},{{string.Join(",", pieces.Select(p => $$"""{"type":"text","text":"{{p}}"}"""))}}]},{"role":"user","content":"thanks"}]}""";

            var messages = JsonNode.Parse(Chat(body))!["messages"]!.AsArray();
            List<string> texts = asMessages
                ? [.. messages.Select(m => m!["content"]!.GetValue<string>())]
                : [.. messages[0]!["content"]!.AsArray().Select(part => part!["text"]!.GetValue<string>())];
            string.Concat(texts).Should().NotContain(Secrets.Card, "the split card must not leave (round {0})", round);
            texts.Skip(1).Should().OnlyContain(t => !t.Any(char.IsAsciiDigit) || t.StartsWith("[[", StringComparison.Ordinal),
                "every fragment of the split card is replaced (round {0})", round);
        }
    }

    [Fact]
    public void RewriteRequest_EmailSplitAcrossMessages_NeverLeaves()
    {
        string body = """{"max_tokens":1,"messages":[{"role":"user","content":"write to alice@exa"},{"role":"user","content":[{"type":"text","text":"mple.com please"}]}]}""";

        string output = Rewrite(AnthropicMessagesProtocol.Instance, body);

        output.Should().NotContain("mple.com", "the second half of the split address must be replaced")
            .And.NotContain("alice@exa", "and the first half");
    }

    [Theory]
    [InlineData("""{"prompt":[1,2,3]}""")]
    [InlineData("""{"prompt":[[1,2],[4111111111111111]]}""")]
    public void RewriteRequest_CompletionsTokenIds_Refused415(string body)
    {
        var act = () => Rewrite(OpenAICompletionsProtocol.Instance, body);

        var refusal = act.Should().Throw<ProtocolException>().Which;
        refusal.StatusCode.Should().Be(415);
        refusal.Code.Should().Be(ProtocolErrorCodes.UnscannableContent);
    }

    [Fact]
    public void RewriteRequest_CompletionsTokenIdsWithMediaAllowed_Pass()
    {
        const string body = """{"prompt":[[1,2],[3]]}""";

        Rewrite(OpenAICompletionsProtocol.Instance, body, RequestRewriteOptions.Default with { Media = MediaHandling.Forward }).Should().Be(body);
    }

    [Fact]
    public void RewriteRequest_CompletionsPromptStrings_StillScanned()
    {
        ShouldNotLeak(Rewrite(OpenAICompletionsProtocol.Instance, """{"prompt":["a {EMAIL}","b"]}"""));
    }

    [Fact]
    public void RewriteRequest_CodexIdentifiers_HashedStablePerCallerNeverOriginal()
    {
        const string installation = "6f1c1d0e-2d7a-4b4e-9f55-3c3a0b7f9a11";
        const string thread = "019a7f3e-1c2b-7d45-8e90-aa11bb22cc33";
        string body = $$$"""{"model":"m","input":"hi","prompt_cache_key":"{{{thread}}}","client_metadata":{"x-codex-installation-id":"{{{installation}}}","session_id":"{{{thread}}}"}}""";

        string alice1 = Rewrite(OpenAIResponsesProtocol.Instance, body, Hashing("alice"));
        string alice2 = Rewrite(OpenAIResponsesProtocol.Instance, body, Hashing("alice"));
        string bob = Rewrite(OpenAIResponsesProtocol.Instance, body, Hashing("bob"));

        alice1.Should().NotContain(installation).And.NotContain(thread);
        alice2.Should().Be(alice1, "the same caller gets the same ids, so the provider's cache keeps working");
        JsonAt.String(bob, "prompt_cache_key").Should().NotBe(JsonAt.String(alice1, "prompt_cache_key"), "ids are per caller");
        JsonAt.String(alice1, "client_metadata.session_id").Should().Be(JsonAt.String(alice1, "prompt_cache_key"),
            "one value gets one hash everywhere");
    }

    [Fact]
    public void RewriteRequest_ChatUserAndMetadata_Hashed()
    {
        string output = Chat("""{"messages":[],"user":"{EMAIL}","metadata":{"device":"{KEY}"}}""", Hashing("alice"));

        ShouldNotLeak(output);
        JsonAt.String(output, "user").Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
    }

    private static RequestRewriteOptions Hashing(string caller) => RequestRewriteOptions.Default with
    {
        HashIdentifier = value => Convert.ToBase64String(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes("test-key"), Encoding.UTF8.GetBytes(caller + "\n" + value))).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
    };

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(3).NextBytes(bytes);
        return bytes;
    }
}
