namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 9: device and session identifiers clients add to bodies (Codex's <c>client_metadata</c> and
/// <c>prompt_cache_key</c>, Claude Code's <c>metadata.user_id</c>, OpenAI's <c>safety_identifier</c>) must not reach
/// the provider verbatim: the proxy replaces them with its keyed per-caller HMAC.
/// </summary>
internal static class IdentityCases
{
    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(1101);
        Secret Id(string kind) => new(kind, Uuid(v), "id", false);
        object[] input = [new { role = "user", content = new object[] { new { type = "input_text", text = "hello" } } }];

        var installation = Id("installation-id");
        yield return EvasionCase.NoLeak("identity.client-metadata-installation.responses", Carrier.Responses, installation, () => Carrier.ResponsesBody(input,
            new { client_metadata = new { installation_id = installation.Text, session_id = Uuid(v), thread_id = Uuid(v), turn_id = Uuid(v) } }));
        var session = Id("session-id");
        yield return EvasionCase.NoLeak("identity.client-metadata-session.responses", Carrier.Responses, session, () => Carrier.ResponsesBody(input,
            new { client_metadata = new { installation_id = Uuid(v), session_id = session.Text } }));
        var thread = Id("thread-id");
        yield return EvasionCase.NoLeak("identity.prompt-cache-key.responses", Carrier.Responses, thread, () => Carrier.ResponsesBody(input,
            new { prompt_cache_key = thread.Text, client_metadata = new { thread_id = thread.Text } }));
        var safety = Id("device-id");
        yield return EvasionCase.NoLeak("identity.safety-identifier.responses", Carrier.Responses, safety, () => Carrier.ResponsesBody(input,
            new { safety_identifier = safety.Text }));
        var chatCache = Id("thread-id");
        yield return EvasionCase.NoLeak("identity.prompt-cache-key.openai-chat", Carrier.OpenAiChat, chatCache, () => Carrier.Chat(
            [new { role = "user", content = "hello" }], new { prompt_cache_key = chatCache.Text }));
        var chatSafety = Id("device-id");
        yield return EvasionCase.NoLeak("identity.safety-identifier.openai-chat", Carrier.OpenAiChat, chatSafety, () => Carrier.Chat(
            [new { role = "user", content = "hello" }], new { safety_identifier = chatSafety.Text }));
        var claudeSession = Id("session-id");
        string account = Uuid(v);
        yield return EvasionCase.NoLeak("identity.metadata-user-id.anthropic", Carrier.Anthropic, claudeSession, () => Carrier.AnthropicBody("anthropic/v1/messages",
            [new { role = "user", content = "hello" }], new { metadata = new { user_id = $"user_{v.From("0123456789abcdef", 64)}_account_{account}_session_{claudeSession.Text}" } }));
    }

    private static string Uuid(SecretValues v) =>
        $"{v.From("0123456789abcdef", 8)}-{v.From("0123456789abcdef", 4)}-4{v.From("0123456789abcdef", 3)}-a{v.From("0123456789abcdef", 3)}-{v.From("0123456789abcdef", 12)}";
}
