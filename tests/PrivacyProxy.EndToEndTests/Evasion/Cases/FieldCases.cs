using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 1: fields the walkers treat as vocabulary or numbers, and opaque provider blobs, carrying a value that does
/// not fit the field's grammar: model, role, part type, tool ids, tool choice, effort, tier, cache control, media type,
/// response ids, include, status, truncation, keep_alive, encoding format, signatures and encrypted content; and
/// numbers that are card numbers or SSNs (also in exponent form).
/// </summary>
internal static class FieldCases
{
    private static readonly object User = new { role = "user", content = "hello" };

    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(601);
        return [.. Chat(v), .. Responses(v), .. Anthropic(v, Carrier.Anthropic, "anthropic/v1/messages"),
            .. Anthropic(v, Carrier.AnthropicCount, "anthropic/v1/messages/count_tokens"), .. Ollama(v), .. OllamaGenerate(v), .. Embeddings(v), .. Fim(v)];
    }

    private static IEnumerable<EvasionCase> Chat(SecretValues v)
    {
        var c = Carrier.OpenAiChat;
        EvasionCase Row(string name, Secret s, Func<HttpRequestMessage> request) => EvasionCase.NoLeak($"field.{name}-{s.Kind}.{c.Name}", c, s, request);
        var aws = v.Aws();
        yield return Row("model", aws, () => Carrier.Chat([User], new { model = aws.Text }));
        var email = v.Email();
        yield return Row("role", email, () => Carrier.Chat([new { role = email.Text, content = "hello" }]));
        var gh = v.GitHub();
        yield return Row("part-type", gh, () => Carrier.Chat([new { role = "user", content = new object[] { new { type = gh.Text, text = "hello" } } }]));
        var toolId = v.Aws();
        yield return Row("tool-call-id", toolId, () => Carrier.Chat([User, Assistant("call_0"), new { role = "tool", tool_call_id = toolId.Text, content = "ok" }]));
        var callsId = v.Slack();
        yield return Row("tool-calls-id", callsId, () => Carrier.Chat([User, Assistant(callsId.Text), new { role = "tool", tool_call_id = "call_0", content = "ok" }]));
        var fnName = v.Email();
        yield return Row("tool-function-name", fnName, () => Carrier.Chat([User, Assistant("call_0", fnName.Text), new { role = "tool", tool_call_id = "call_0", content = "ok" }]));
        var choice = v.GitHub();
        yield return Row("tool-choice", choice, () => Carrier.Chat([User], new { tool_choice = new { type = "function", function = new { name = choice.Text } } }));
        var effort = v.OpenAi();
        yield return Row("reasoning-effort", effort, () => Carrier.Chat([User], new { reasoning_effort = effort.Text }));
        var tier = v.Aws();
        yield return Row("service-tier", tier, () => Carrier.Chat([User], new { service_tier = tier.Text }));
        var format = v.Ssn();
        yield return Row("response-format-type", format, () => Carrier.Chat([User], new { response_format = new { type = "SSN " + format.Text } }));
        var unknown = v.Card();
        yield return Row("unknown-field", unknown, () => Carrier.Chat([User], new { x_customer_note = unknown.Sentence() }));
        var meta = v.Email();
        yield return Row("metadata", meta, () => Carrier.Chat([User], new { metadata = new { customer = meta.Text } }));
        var name = v.Email();
        yield return Row("participant-name", name, () => Carrier.Chat([new { role = "user", name = name.Text, content = "hello" }]));
        var seed = v.Card("");
        yield return Row("seed-number", seed, () => Carrier.Chat([User], new { seed = long.Parse(seed.Text, System.Globalization.CultureInfo.InvariantCulture) }));
        var exponent = v.Card("");
        yield return Row("seed-exponent", exponent, () => Requests.Raw("v1/chat/completions",
            $"{{\"model\":\"{FakeReplies.DefaultModel}\",\"messages\":[{{\"role\":\"user\",\"content\":\"hello\"}}],\"seed\":{Exponent(exponent.Text)}}}"));
        var temperature = v.Card("");
        yield return Row("temperature-number", temperature, () => Requests.Raw("v1/chat/completions",
            $"{{\"model\":\"{FakeReplies.DefaultModel}\",\"messages\":[{{\"role\":\"user\",\"content\":\"hello\"}}],\"temperature\":{temperature.Text}.0}}"));
        var maxTokens = v.Card("");
        yield return Row("max-tokens-number", maxTokens, () => Carrier.Chat([User], new { max_tokens = long.Parse(maxTokens.Text, System.Globalization.CultureInfo.InvariantCulture) }));
        var bias = v.Card("");
        yield return Row("logit-bias-key", bias, () => Carrier.Chat([User], new { logit_bias = new Dictionary<string, int> { [bias.Text] = 1 } }));
        var fraction = v.Card("");
        yield return Row("top-p-fraction", fraction, () => Requests.Raw("v1/chat/completions",
            $"{{\"model\":\"{FakeReplies.DefaultModel}\",\"messages\":[{{\"role\":\"user\",\"content\":\"hello\"}}],\"top_p\":0.{fraction.Text}}}"));
    }

    private static IEnumerable<EvasionCase> Responses(SecretValues v)
    {
        var c = Carrier.Responses;
        object[] input = [new { role = "user", content = "hello" }];
        EvasionCase Row(string name, Secret s, Func<HttpRequestMessage> request) => EvasionCase.NoLeak($"field.{name}-{s.Kind}.{c.Name}", c, s, request);
        var previous = v.Aws();
        yield return Row("previous-response-id", previous, () => Carrier.ResponsesBody(input, new { previous_response_id = previous.Text }));
        var include = v.GitHub();
        yield return Row("include", include, () => Carrier.ResponsesBody(input, new { include = new[] { include.Text } }));
        var callId = v.Slack();
        yield return Row("call-id", callId, () => Carrier.ResponsesBody(
            [new { type = "function_call", call_id = "call_1", name = "f", arguments = "{}" }, new { type = "function_call_output", call_id = callId.Text, output = "ok" }, input[0]]));
        var status = v.Email();
        yield return Row("status", status, () => Carrier.ResponsesBody(
            [new { type = "message", role = "assistant", status = status.Text, content = new object[] { new { type = "output_text", text = "ok" } } }, input[0]]));
        var truncation = v.Aws();
        yield return Row("truncation", truncation, () => Carrier.ResponsesBody(input, new { truncation = truncation.Text }));
        var effort = v.OpenAi();
        yield return Row("reasoning-effort", effort, () => Carrier.ResponsesBody(input, new { reasoning = new { effort = effort.Text } }));
        var tier = v.Ssn();
        yield return Row("service-tier", tier, () => Carrier.ResponsesBody(input, new { service_tier = "SSN " + tier.Text }));
        var item = v.Card();
        yield return Row("item-type", item, () => Carrier.ResponsesBody([new { type = item.Sentence(), role = "user", content = "hello" }]));
        var encrypted = v.Aws();
        yield return Row("encrypted-content-text", encrypted, () => Carrier.ResponsesBody(
            [new { type = "reasoning", id = "rs_1", summary = Array.Empty<object>(), encrypted_content = encrypted.Sentence() }, input[0]]));
        var encrypted64 = v.Card();
        yield return Row("encrypted-content-b64", encrypted64, () => Carrier.ResponsesBody(
            [new { type = "reasoning", id = "rs_1", summary = Array.Empty<object>(), encrypted_content = EncodedCases.B64(encrypted64.Sentence()) }, input[0]]));
        var reasoningId = v.GitHub();
        yield return Row("reasoning-id", reasoningId, () => Carrier.ResponsesBody(
            [new { type = "reasoning", id = reasoningId.Text, summary = Array.Empty<object>() }, input[0]]));
        var toolChoice = v.Email();
        yield return Row("tool-choice", toolChoice, () => Carrier.ResponsesBody(input, new { tool_choice = new { type = "function", name = toolChoice.Text } }));
        var maxOut = v.Card("");
        yield return Row("max-output-tokens-number", maxOut, () => Carrier.ResponsesBody(input, new { max_output_tokens = long.Parse(maxOut.Text, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static IEnumerable<EvasionCase> Anthropic(SecretValues v, Carrier c, string path)
    {
        object user = new { role = "user", content = "hello" };
        EvasionCase Row(string name, Secret s, Func<HttpRequestMessage> request) => EvasionCase.NoLeak($"field.{name}-{s.Kind}.{c.Name}", c, s, request);
        var model = v.Aws();
        yield return Row("model", model, () => Carrier.AnthropicBody(path, [user], new { model = model.Text }));
        var toolUseId = v.GitHub();
        yield return Row("tool-use-id", toolUseId, () => Carrier.AnthropicBody(path,
        [
            user,
            new { role = "assistant", content = new object[] { new { type = "tool_use", id = "toolu_01", name = "f", input = new { } } } },
            new { role = "user", content = new object[] { new { type = "tool_result", tool_use_id = toolUseId.Text, content = "ok" } } },
        ]));
        var useId = v.Slack();
        yield return Row("tool-use-block-id", useId, () => Carrier.AnthropicBody(path,
            [user, new { role = "assistant", content = new object[] { new { type = "tool_use", id = useId.Text, name = "f", input = new { } } } }, user]));
        var cache = v.Email();
        yield return Row("cache-control-type", cache, () => Carrier.AnthropicBody(path,
            [new { role = "user", content = new object[] { new { type = "text", text = "hello", cache_control = new { type = cache.Text } } } }]));
        var ttl = v.Aws();
        yield return Row("cache-control-ttl", ttl, () => Carrier.AnthropicBody(path,
            [new { role = "user", content = new object[] { new { type = "text", text = "hello", cache_control = new { type = "ephemeral", ttl = ttl.Text } } } }]));
        var media = v.OpenAi();
        yield return Row("media-type", media, () => Carrier.AnthropicBody(path,
            [new { role = "user", content = new object[] { new { type = "document", source = new { type = "text", media_type = media.Text, data = "hello" } } } }]));
        var signature = v.Aws();
        yield return Row("signature-text", signature, () => Carrier.AnthropicBody(path, [user, Thinking(signature.Sentence()), user]));
        var signature64 = v.Card();
        yield return Row("signature-b64", signature64, () => Carrier.AnthropicBody(path, [user, Thinking(EncodedCases.B64(signature64.Sentence())), user]));
        var redacted = v.GitHub();
        yield return Row("redacted-text", redacted, () => Carrier.AnthropicBody(path,
            [user, new { role = "assistant", content = new object[] { new { type = "redacted_thinking", data = redacted.Sentence() } } }, user]));
        var redacted64 = v.Email();
        yield return Row("redacted-b64", redacted64, () => Carrier.AnthropicBody(path,
            [user, new { role = "assistant", content = new object[] { new { type = "redacted_thinking", data = EncodedCases.B64(redacted64.Sentence()) } } }, user]));
        var toolChoice = v.Aws();
        yield return Row("tool-choice-name", toolChoice, () => Carrier.AnthropicBody(path, [user], new { tool_choice = new { type = "tool", name = toolChoice.Text } }));
        var thinking = v.Ssn();
        yield return Row("thinking-type", thinking, () => Carrier.AnthropicBody(path, [user], new { thinking = new { type = "SSN " + thinking.Text, budget_tokens = 1024 } }));
        var tier = v.Email();
        yield return Row("service-tier", tier, () => Carrier.AnthropicBody(path, [user], new { service_tier = tier.Text }));
        var budget = v.Card("");
        yield return Row("max-tokens-number", budget, () => Carrier.AnthropicBody(path, [user], new { max_tokens = long.Parse(budget.Text, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static IEnumerable<EvasionCase> Ollama(SecretValues v)
    {
        var c = Carrier.OllamaChat;
        object[] messages = [new { role = "user", content = "hello" }];
        EvasionCase Row(string name, Secret s, Func<HttpRequestMessage> request) => EvasionCase.NoLeak($"field.{name}-{s.Kind}.{c.Name}", c, s, request);
        var keepAlive = v.Aws();
        yield return Row("keep-alive", keepAlive, () => Carrier.OllamaChatBody(messages, new { keep_alive = keepAlive.Text }));
        var model = v.Email();
        yield return Row("model", model, () => Carrier.OllamaChatBody(messages, new { model = model.Text }));
        var seed = v.Card("");
        yield return Row("options-seed-number", seed, () => Carrier.OllamaChatBody(messages, new { options = new { seed = long.Parse(seed.Text, System.Globalization.CultureInfo.InvariantCulture) } }));
        var numCtx = v.Card("");
        yield return Row("options-num-ctx-number", numCtx, () => Carrier.OllamaChatBody(messages, new { options = new { num_ctx = long.Parse(numCtx.Text, System.Globalization.CultureInfo.InvariantCulture) } }));
        var unknownOption = v.GitHub();
        yield return Row("options-unknown", unknownOption, () => Carrier.OllamaChatBody(messages, new { options = new { x_note = unknownOption.Text } }));
        var format = v.Slack();
        yield return Row("format-string", format, () => Carrier.OllamaChatBody(messages, new { format = format.Text }));
        var think = v.OpenAi();
        yield return Row("think-string", think, () => Carrier.OllamaChatBody(messages, new { think = think.Text }));
        var images = v.Aws();
        yield return Row("images-b64-text", images, () => Carrier.OllamaChatBody([new { role = "user", content = "what does this say?", images = new[] { EncodedCases.B64(images.Sentence()) } }]));
        var toolName = v.Email();
        yield return Row("tool-name", toolName, () => Carrier.OllamaChatBody([messages[0], new { role = "tool", tool_name = toolName.Text, content = "ok" }]));
    }

    private static IEnumerable<EvasionCase> OllamaGenerate(SecretValues v)
    {
        var c = Carrier.OllamaGenerate;
        EvasionCase Row(string name, Secret s, object fields) => EvasionCase.NoLeak($"field.{name}-{s.Kind}.{c.Name}", c, s, () => Requests.Json("api/generate", Merged(fields)));
        var keepAlive = v.GitHub();
        yield return Row("keep-alive", keepAlive, new { keep_alive = keepAlive.Text });
        var model = v.Aws();
        yield return Row("model", model, new { model = model.Text });
        var seed = v.Card("");
        yield return Row("options-seed-number", seed, new { options = new { seed = long.Parse(seed.Text, System.Globalization.CultureInfo.InvariantCulture) } });
        var format = v.Email();
        yield return Row("format-string", format, new { format = format.Text });
        var images = v.Slack();
        yield return Row("images-b64-text", images, new { images = new[] { EncodedCases.B64(images.Sentence()) } });
    }

    /// <summary>An Ollama generate body with <paramref name="fields"/> added to (or replacing) its own.</summary>
    private static Dictionary<string, object?> Merged(object fields)
    {
        var body = new Dictionary<string, object?> { ["model"] = OllamaReplies.Model, ["stream"] = false, ["prompt"] = "hello" };
        foreach (var property in fields.GetType().GetProperties())
        {
            body[property.Name] = property.GetValue(fields);
        }

        return body;
    }

    private static IEnumerable<EvasionCase> Embeddings(SecretValues v)
    {
        var c = Carrier.Embeddings;
        EvasionCase Row(string name, Secret s, Func<HttpRequestMessage> request) => EvasionCase.NoLeak($"field.{name}-{s.Kind}.{c.Name}", c, s, request);
        var format = v.Aws();
        yield return Row("encoding-format", format, () => Requests.Json("v1/embeddings", new { model = "text-embedding-3-small", input = "hello", encoding_format = format.Text }));
        var model = v.GitHub();
        yield return Row("model", model, () => Requests.Json("v1/embeddings", new { model = model.Text, input = "hello" }));
        var user = v.Email();
        yield return Row("user", user, () => Requests.Json("v1/embeddings", new { model = "text-embedding-3-small", input = "hello", user = user.Text }));
        var dimensions = v.Card("");
        yield return Row("dimensions-number", dimensions, () => Requests.Json("v1/embeddings",
            new { model = "text-embedding-3-small", input = "hello", dimensions = long.Parse(dimensions.Text, System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static IEnumerable<EvasionCase> Fim(SecretValues v)
    {
        var c = Carrier.Fim;
        EvasionCase Row(string name, Secret s, Func<HttpRequestMessage> request) => EvasionCase.NoLeak($"field.{name}-{s.Kind}.{c.Name}", c, s, request);
        var bestOf = v.Card("");
        yield return Row("best-of-number", bestOf, () => Requests.Json("beta/completions",
            new { model = FakeReplies.DefaultModel, prompt = "def f():", best_of = long.Parse(bestOf.Text, System.Globalization.CultureInfo.InvariantCulture) }));
        var model = v.Slack();
        yield return Row("model", model, () => Requests.Json("beta/completions", new { model = model.Text, prompt = "def f():" }));
        var logprobs = v.Card("");
        yield return Row("logprobs-exponent", logprobs, () => Requests.Raw("beta/completions",
            $"{{\"model\":\"{FakeReplies.DefaultModel}\",\"prompt\":\"def f():\",\"logprobs\":{Exponent(logprobs.Text)}}}"));
    }

    private static object Assistant(string callId, string name = "lookup") => new
    {
        role = "assistant",
        content = (string?)null,
        tool_calls = new object[] { new { id = callId, type = "function", function = new { name, arguments = "{}" } } },
    };

    private static object Thinking(string signature) => new
    {
        role = "assistant",
        content = new object[] { new { type = "thinking", thinking = "let me think", signature }, new { type = "text", text = "ok" } },
    };

    /// <summary>The digits as a JSON number in exponent form (<c>4.1111e15</c>).</summary>
    private static string Exponent(string digits) => $"{digits[0]}.{digits[1..]}e{digits.Length - 1}";
}
