namespace PrivacyProxy.EndToEndTests.Evasion.Cases;

/// <summary>
/// Item 6: headers and transport. Allow-listed headers holding text off their grammar (<c>anthropic-beta</c>,
/// <c>anthropic-version</c>, <c>Accept</c>), <c>anthropic-*</c> on other routes, unknown headers, Content-Type
/// parameters, query strings single and double encoded (values and names), and bodyless requests carrying headers.
/// </summary>
internal static class HeaderCases
{
    public static IEnumerable<EvasionCase> All()
    {
        var v = new SecretValues(801);
        var rows = new List<(string Name, Carrier Carrier, Secret Secret, Func<HttpRequestMessage> Request)>();

        void Header(string name, Carrier carrier, Secret secret, string header, string value) =>
            rows.Add((name, carrier, secret, () => With(carrier.Text("hello"), header, value)));

        var beta = v.Aws();
        Header("anthropic-beta", Carrier.Anthropic, beta, "anthropic-beta", beta.Text);
        var betaList = v.GitHub();
        Header("anthropic-beta-list", Carrier.Anthropic, betaList, "anthropic-beta", "prompt-caching-2024-07-31," + betaList.Text);
        var betaCount = v.Email();
        Header("anthropic-beta", Carrier.AnthropicCount, betaCount, "anthropic-beta", "token-counting-2024-11-01, " + betaCount.Text);
        var version = v.Card();
        Header("anthropic-version", Carrier.Anthropic, version, "anthropic-version", version.Text);
        var versionJunk = v.Ssn();
        Header("anthropic-version-suffix", Carrier.Anthropic, versionJunk, "anthropic-version", "2023-06-01 SSN " + versionJunk.Text);
        var foreignVersion = v.Ssn();
        Header("version-off-route", Carrier.OpenAiChat, foreignVersion, "anthropic-version", foreignVersion.Text);
        var foreignBeta = v.Slack();
        Header("beta-off-route", Carrier.Responses, foreignBeta, "anthropic-beta", foreignBeta.Text);
        var accept = v.Aws();
        Header("accept-param", Carrier.OpenAiChat, accept, "Accept", "application/json; token=" + accept.Text);
        var acceptList = v.Email();
        Header("accept-junk", Carrier.Anthropic, acceptList, "Accept", "text/event-stream, " + acceptList.Text);
        var acceptOllama = v.OpenAi();
        Header("accept-junk", Carrier.OllamaChat, acceptOllama, "Accept", acceptOllama.Text);
        var unknown = v.Email();
        Header("unknown-header", Carrier.OpenAiChat, unknown, "X-Customer-Email", unknown.Text);
        var unknownResponses = v.GitHub();
        Header("unknown-header", Carrier.Responses, unknownResponses, "X-Debug-Token", unknownResponses.Text);
        var organization = v.Aws();
        Header("openai-organization", Carrier.OpenAiChat, organization, "OpenAI-Organization", organization.Text);

        var contentType = v.Aws();
        rows.Add(("type-param", Carrier.OpenAiChat, contentType, () => WithContentType(Carrier.OpenAiChat.Text("hello"), "application/json; charset=utf-8; note=" + contentType.Text)));
        var contentTypeQuoted = v.Email();
        rows.Add(("quoted-type-param", Carrier.Anthropic, contentTypeQuoted, () => WithContentType(Carrier.Anthropic.Text("hello"), "application/json; x=\"" + contentTypeQuoted.Text + "\"")));
        var boundaryJson = v.GitHub();
        rows.Add(("json-boundary-param", Carrier.OllamaChat, boundaryJson, () => WithContentType(Carrier.OllamaChat.Text("hello"), "application/json; boundary=" + boundaryJson.Text)));

        var query = v.Card();
        rows.Add(("query-single", Carrier.OpenAiChat, query, () => WithQuery(Carrier.OpenAiChat.Text("hello"), "note=" + Uri.EscapeDataString(query.Sentence()))));
        var queryDouble = v.Aws();
        rows.Add(("query-double", Carrier.OpenAiChat, queryDouble, () => WithQuery(Carrier.OpenAiChat.Text("hello"), "note=" + Uri.EscapeDataString(Uri.EscapeDataString(queryDouble.Sentence())))));
        var queryTriple = v.Email();
        rows.Add(("query-triple", Carrier.Responses, queryTriple, () => WithQuery(Carrier.Responses.Text("hello"), "u=" + Uri.EscapeDataString(Uri.EscapeDataString(Uri.EscapeDataString(queryTriple.Text))))));
        var queryAnthropic = v.GitHub();
        rows.Add(("query-double", Carrier.Anthropic, queryAnthropic, () => WithQuery(Carrier.Anthropic.Text("hello"), "beta=true&t=" + Uri.EscapeDataString(Uri.EscapeDataString(queryAnthropic.Text)))));
        var queryName = v.Aws();
        rows.Add(("query-name", Carrier.OpenAiChat, queryName, () => WithQuery(Carrier.OpenAiChat.Text("hello"), queryName.Text + "=1")));
        var queryOllama = v.Ssn();
        rows.Add(("query-single", Carrier.OllamaChat, queryOllama, () => WithQuery(Carrier.OllamaChat.Text("hello"), "ssn=" + Uri.EscapeDataString(queryOllama.Sentence()))));

        var bodylessHeader = v.Aws();
        rows.Add(("bodyless-unknown-header", Carrier.OpenAiChat, bodylessHeader, () => With(Get("v1/models"), "X-Note", bodylessHeader.Sentence())));
        var bodylessBeta = v.GitHub();
        rows.Add(("bodyless-anthropic-beta", Carrier.OpenAiChat, bodylessBeta, () => With(Get("v1/models"), "anthropic-beta", bodylessBeta.Text)));
        var bodylessAccept = v.Email();
        rows.Add(("bodyless-accept", Carrier.OpenAiChat, bodylessAccept, () => With(Get("models"), "Accept", "application/json; u=" + bodylessAccept.Text)));
        var bodylessQuery = v.Card();
        rows.Add(("bodyless-query", Carrier.OpenAiChat, bodylessQuery, () => Get("v1/models?q=" + Uri.EscapeDataString(Uri.EscapeDataString(bodylessQuery.Sentence())))));
        var tagsQuery = v.Aws();
        rows.Add(("bodyless-query", Carrier.OllamaChat, tagsQuery, () => Get("api/tags?k=" + Uri.EscapeDataString(tagsQuery.Text))));
        var tagsHeader = v.OpenAi();
        rows.Add(("bodyless-unknown-header", Carrier.OllamaChat, tagsHeader, () => With(Get("api/tags"), "X-Api-Key-Copy", tagsHeader.Text)));

        foreach (var (name, carrier, secret, request) in rows)
        {
            yield return EvasionCase.NoLeak($"header.{name}-{secret.Kind}.{carrier.Name}", carrier, secret, request);
        }
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage With(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static HttpRequestMessage WithContentType(HttpRequestMessage request, string value)
    {
        request.Content!.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", value);
        return request;
    }

    private static HttpRequestMessage WithQuery(HttpRequestMessage request, string query)
    {
        request.RequestUri = new Uri(request.RequestUri!.OriginalString + "?" + query, UriKind.Relative);
        return request;
    }
}
