using System.Text;
using System.Text.Json;
using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 2: JSON inside strings (tool-call arguments, tool results) that is invalid, deeper than a walker's limit, or
/// itself a JSON string holding JSON; values written with <c>\u</c> escapes or surrogate pairs; NUL and other control
/// escapes inside keys and values.
/// </summary>
internal static class EmbeddedJsonCases
{
    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(701);
        var arguments = new List<(string Name, Secret Secret, string Arguments)>();
        var invalid = v.Aws();
        arguments.Add(("args-invalid", invalid, "{\"query\": \"" + invalid.Sentence() + "\", \"limit\": "));
        var deep = v.Card();
        arguments.Add(("args-deep", deep, new string('[', 300) + "\"" + deep.Sentence() + "\"" + new string(']', 300)));
        var deepObject = v.Email();
        arguments.Add(("args-deep-object", deepObject, string.Concat(Enumerable.Repeat("{\"a\":", 120)) + "\"" + deepObject.Text + "\"" + new string('}', 120)));
        var doubled = v.GitHub();
        arguments.Add(("args-double-encoded", doubled, JsonSerializer.Serialize(JsonSerializer.Serialize(new { token = doubled.Text }))));
        var escaped = v.OpenAi();
        arguments.Add(("args-u-escapes", escaped, "{\"key\": \"" + UEscape(escaped.Text) + "\"}"));
        var nulKey = v.Password();
        arguments.Add(("args-nul-in-key", nulKey, "{\"pass\\u0000word\": \"" + nulKey.Text + "\"}"));
        var nulValue = v.Aws();
        arguments.Add(("args-nul-in-value", nulValue, "{\"k\": \"" + nulValue.Text[..8] + "\\u0000" + nulValue.Text[8..] + "\"}"));
        var control = v.Ssn();
        arguments.Add(("args-control-escapes", control, "{\"ssn\": \"" + string.Join("\\u0008", control.Text.Split('-')) + "\"}"));
        // A value whose only cue is its key, beside another value the walk finds on its own: the walk's result must
        // not win over the document read as one text.
        var keyed = v.Password();
        arguments.Add(("args-keyed-beside-email", keyed, "{\"password\": \"" + keyed.Text + "\", \"to\": \"" + v.Email().Text + "\"}"));

        foreach (var (name, secret, args) in arguments)
        {
            yield return EvasionCase.NoLeak($"json.{name}-{secret.Kind}.openai-chat", Carrier.OpenAiChat, secret, () => Carrier.Chat(
            [
                new { role = "user", content = "look it up" },
                new { role = "assistant", content = (string?)null, tool_calls = new object[] { new { id = "call_0", type = "function", function = new { name = "lookup", arguments = args } } } },
                new { role = "tool", tool_call_id = "call_0", content = "done" },
            ]));
            yield return EvasionCase.NoLeak($"json.{name}-{secret.Kind}.responses", Carrier.Responses, secret, () => Carrier.ResponsesBody(
            [
                new { type = "function_call", call_id = "call_0", name = "lookup", arguments = args },
                new { type = "function_call_output", call_id = "call_0", output = "done" },
                new { role = "user", content = "thanks" },
            ]));
            yield return EvasionCase.NoLeak($"json.{name}-{secret.Kind}.anthropic", Carrier.Anthropic, secret, () => Carrier.AnthropicBody("anthropic/v1/messages",
            [
                new { role = "user", content = "look it up" },
                new { role = "assistant", content = new object[] { new { type = "tool_use", id = "toolu_01", name = "lookup", input = new { } } } },
                new { role = "user", content = new object[] { new { type = "tool_result", tool_use_id = "toolu_01", content = args } } },
            ]));
            yield return EvasionCase.NoLeak($"json.{name}-{secret.Kind}.ollama-chat", Carrier.OllamaChat, secret, () => Carrier.OllamaChatBody(
            [
                new { role = "user", content = "look it up" },
                new { role = "tool", tool_name = "lookup", content = args },
            ]));
        }

        // Escapes in the top-level body, as a hand-written client would send them.
        var plainEscapes = v.Aws();
        foreach (var carrier in Carrier.Families)
        {
            yield return EvasionCase.NoLeak($"json.body-u-escapes-{plainEscapes.Kind}.{carrier.Name}", carrier, plainEscapes,
                () => Rewritten(carrier, plainEscapes.Sentence(), json => json.Replace(plainEscapes.Text, UEscape(plainEscapes.Text), StringComparison.Ordinal)));
        }

        var surrogates = v.GitHub();
        foreach (var carrier in Carrier.Families)
        {
            yield return EvasionCase.NoLeak($"json.body-surrogate-escapes-{surrogates.Kind}.{carrier.Name}", carrier, surrogates,
                () => Rewritten(carrier, surrogates.Sentence(), json => json.Replace(surrogates.Text, UEscape(Disguises.MathBold(surrogates.Text)), StringComparison.Ordinal)));
        }

        var nul = v.Card();
        foreach (var carrier in Carrier.Families)
        {
            yield return EvasionCase.NoLeak($"json.body-nul-inside-{nul.Kind}.{carrier.Name}", carrier, nul,
                () => Rewritten(carrier, nul.Sentence(), json => json.Replace(nul.Text, nul.Text.Replace(" ", "\\u0000", StringComparison.Ordinal), StringComparison.Ordinal)));
        }

        var keyNul = v.Password();
        yield return EvasionCase.NoLeak($"json.body-nul-in-key-{keyNul.Kind}.openai-chat", Carrier.OpenAiChat, keyNul, () => Requests.Raw("v1/chat/completions",
            $"{{\"model\":\"{FakeReplies.DefaultModel}\",\"messages\":[{{\"role\":\"user\",\"content\":\"hi\"}}],\"metadata\":{{\"pass\\u0000word\":\"{keyNul.Text}\"}}}}"));
    }

    /// <summary>Every character as a <c>\uXXXX</c> escape (surrogate pairs as two escapes).</summary>
    private static string UEscape(string text)
    {
        var escaped = new StringBuilder();
        foreach (char c in text)
        {
            escaped.Append($"\\u{(int)c:X4}");
        }

        return escaped.ToString();
    }

    /// <summary>The carrier's request for <paramref name="text"/>, its JSON body rewritten by hand.</summary>
    private static HttpRequestMessage Rewritten(Carrier carrier, string text, Func<string, string> rewrite)
    {
        using var template = carrier.Text(text);
        using var reader = new StreamReader(template.Content!.ReadAsStream(), Encoding.UTF8);
        string json = reader.ReadToEnd();
        return Requests.Raw(template.RequestUri!.OriginalString, rewrite(json));
    }
}
