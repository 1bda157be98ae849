using PrivacyProxy.EndToEndTests.Kit;

namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 8: arrays of token ids the proxy cannot read (FIM / completions <c>prompt</c>, Ollama's <c>context</c>,
/// embeddings <c>input</c>) are refused in protocol shape. Here the ids spell a card number's groups.
/// </summary>
internal static class TokenIdCases
{
    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(1001);
        var card = v.Card();
        int[] tokens = [.. card.Text.Split(' ').Select(g => int.Parse(g, System.Globalization.CultureInfo.InvariantCulture))];
        yield return EvasionCase.Refused($"tokens.prompt-ids-{card.Kind}.fim", Carrier.Fim, card,
            () => Requests.Json("beta/completions", new { model = FakeReplies.DefaultModel, prompt = tokens }));
        yield return EvasionCase.Refused($"tokens.prompt-id-batches-{card.Kind}.fim", Carrier.Fim, card,
            () => Requests.Json("beta/completions", new { model = FakeReplies.DefaultModel, prompt = new[] { tokens, tokens } }));
        yield return EvasionCase.Refused($"tokens.prompt-ids-v1-{card.Kind}.fim", Carrier.Fim, card,
            () => Requests.Json("v1/completions", new { model = FakeReplies.DefaultModel, prompt = tokens, suffix = "x" }));
        yield return EvasionCase.Refused($"tokens.context-{card.Kind}.ollama-generate", Carrier.OllamaGenerate, card,
            () => Requests.Json("api/generate", new { model = OllamaReplies.Model, stream = false, prompt = "continue", context = tokens }));
        yield return EvasionCase.Refused($"tokens.input-ids-{card.Kind}.embeddings", Carrier.Embeddings, card,
            () => Requests.Json("v1/embeddings", new { model = "text-embedding-3-small", input = tokens }));
    }
}
