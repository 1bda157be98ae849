using PrivacyProxy.Protocols.Json;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// What the scrubber knows about Anthropic Messages request bodies: content blocks by their <c>type</c>, media
/// sources, tools. Listed is only protocol vocabulary to pass and fields with a special role; anything else,
/// including every block of an unknown type, is scanned free-form.
/// </summary>
internal static class AnthropicRequestShapes
{
    private static readonly JsonShape Skip = JsonShape.Skip;
    private static readonly JsonShape Text = JsonShape.Text;
    private static readonly JsonShape FreeForm = JsonShape.FreeForm;

    private static readonly JsonShape CacheControl = JsonShape.Object(new() { ["type"] = Skip, ["ttl"] = Skip });

    private static readonly JsonShape CitationsConfig = JsonShape.Object(new() { ["enabled"] = Skip });

    /// <summary>A citation sent back in history: the quoted text is user data, the locators are vocabulary.</summary>
    private static readonly JsonShape Citation = JsonShape.Object(new()
    {
        ["type"] = Skip,
        ["cited_text"] = Text,
        ["document_index"] = Skip,
        ["document_title"] = Text,
        ["start_char_index"] = Skip,
        ["end_char_index"] = Skip,
        ["start_page_number"] = Skip,
        ["end_page_number"] = Skip,
        ["start_block_index"] = Skip,
        ["end_block_index"] = Skip,
        ["search_result_index"] = Skip,
        ["encrypted_index"] = Skip,
        ["file_id"] = Skip,
        ["source"] = Text,
        ["title"] = Text,
        ["url"] = Text,
    });

    private static readonly JsonShape TextBlock = Block(new()
    {
        ["text"] = Text,
        ["citations"] = JsonShape.ArrayOf(Citation),
    });

    /// <summary>Image and document sources with inline data refuse it (media); http(s) URLs are scanned.</summary>
    private static readonly JsonShape MediaSource = JsonShape.Object(new()
    {
        ["type"] = Skip,
        ["media_type"] = Skip,
        ["data"] = JsonShape.Media,
        ["url"] = JsonShape.Media,
        ["file_id"] = Skip,
    });

    private static readonly JsonShape ImageBlock = Block(new() { ["source"] = MediaSource });

    private static readonly JsonShape ContentSourceBlock = JsonShape.Discriminated(
        "type", new() { ["text"] = TextBlock, ["image"] = ImageBlock }, fallback: FreeForm);

    /// <summary>A document source: plain text is scanned, a base64 file is media, content blocks are blocks.</summary>
    private static readonly JsonShape DocumentSource = JsonShape.Discriminated(
        "type",
        new()
        {
            ["text"] = JsonShape.Object(new() { ["type"] = Skip, ["media_type"] = Skip, ["data"] = Text }),
            ["content"] = JsonShape.Object(new()
            {
                ["type"] = Skip,
                ["content"] = JsonShape.Union(FieldRole.Text, items: ContentSourceBlock),
            }),
        },
        fallback: MediaSource);

    private static readonly JsonShape DocumentBlock = Block(new()
    {
        ["source"] = DocumentSource,
        ["title"] = Text,
        ["context"] = Text,
        ["citations"] = CitationsConfig,
    });

    private static readonly JsonShape SearchResultBlock = Block(new()
    {
        ["source"] = Text,
        ["title"] = Text,
        ["content"] = JsonShape.ArrayOf(JsonShape.Discriminated("type", new() { ["text"] = TextBlock }, fallback: FreeForm)),
        ["citations"] = CitationsConfig,
    });

    /// <summary>What a tool result may hold.</summary>
    private static readonly JsonShape ToolResultContent = JsonShape.Discriminated(
        "type",
        new()
        {
            ["text"] = TextBlock,
            ["image"] = ImageBlock,
            ["document"] = DocumentBlock,
            ["search_result"] = SearchResultBlock,
        },
        fallback: FreeForm);

    /// <summary>
    /// Thinking text is scanned like any text the client resends; the signature and redacted thinking are opaque
    /// upstream data and pass unchanged (see <see cref="AnthropicMessagesProtocol"/> on signatures).
    /// </summary>
    private static readonly JsonShape ThinkingBlock = Block(new() { ["thinking"] = Text, ["signature"] = Skip });

    /// <summary>Web search results are upstream data: URLs and titles are scanned, the encrypted page content passes.</summary>
    private static readonly JsonShape WebSearchResult = JsonShape.Object(new()
    {
        ["type"] = Skip,
        ["url"] = Text,
        ["title"] = Text,
        ["encrypted_content"] = Skip,
        ["page_age"] = Skip,
    });

    private static readonly JsonShape ContentBlock = JsonShape.Discriminated(
        "type",
        new()
        {
            ["text"] = TextBlock,
            ["image"] = ImageBlock,
            ["document"] = DocumentBlock,
            ["search_result"] = SearchResultBlock,
            ["thinking"] = ThinkingBlock,
            ["redacted_thinking"] = Block(new() { ["data"] = Skip }),
            ["tool_use"] = Block(new() { ["id"] = Skip, ["name"] = Text, ["input"] = FreeForm }),
            ["server_tool_use"] = Block(new() { ["id"] = Skip, ["name"] = Text, ["input"] = FreeForm }),
            ["tool_result"] = Block(new()
            {
                ["tool_use_id"] = Skip,
                ["content"] = JsonShape.Union(FieldRole.Text, items: ToolResultContent),
                ["is_error"] = Skip,
            }),
            ["web_search_tool_result"] = Block(new()
            {
                ["tool_use_id"] = Skip,
                ["content"] = JsonShape.Union(
                    FieldRole.Text,
                    new() { ["type"] = Skip, ["error_code"] = Skip },
                    WebSearchResult),
            }),
        },
        fallback: FreeForm);

    /// <summary>Text or a list of content blocks (message content, system).</summary>
    private static readonly JsonShape Content = JsonShape.Union(FieldRole.Text, items: ContentBlock);

    private static readonly JsonShape Message = JsonShape.Object(new() { ["role"] = Skip, ["content"] = Content });

    /// <summary>A tool definition: name, description and schema are scanned (server-tool options are free-form).</summary>
    private static readonly JsonShape Tool = JsonShape.Object(new()
    {
        ["type"] = Skip,
        ["name"] = Text,
        ["description"] = Text,
        ["input_schema"] = FreeForm,
        ["cache_control"] = CacheControl,
        ["strict"] = Skip,
        ["max_uses"] = Skip,
    });

    /// <summary>Root of a <c>/v1/messages</c> request.</summary>
    public static JsonShape MessagesRoot { get; } = JsonShape.Object(Common(new()
    {
        ["max_tokens"] = Skip,
    }));

    /// <summary>Root of a <c>/v1/messages/count_tokens</c> request (the same body without <c>max_tokens</c>).</summary>
    public static JsonShape CountTokensRoot { get; } = JsonShape.Object(Common(new()));

    private static Dictionary<string, JsonShape> Common(Dictionary<string, JsonShape> properties)
    {
        properties["model"] = Skip;
        properties["messages"] = JsonShape.ArrayOf(Message);
        properties["system"] = Content;
        properties["metadata"] = JsonShape.Object(new());
        properties["stop_sequences"] = Text;
        properties["stream"] = Skip;
        properties["temperature"] = Skip;
        properties["top_p"] = Skip;
        properties["top_k"] = Skip;
        properties["thinking"] = JsonShape.Object(new() { ["type"] = Skip, ["budget_tokens"] = Skip, ["display"] = Skip });
        properties["tools"] = JsonShape.ArrayOf(Tool);
        properties["tool_choice"] = JsonShape.Union(FieldRole.Skip, new()
        {
            ["type"] = Skip,
            ["name"] = Text,
            ["disable_parallel_tool_use"] = Skip,
        });
        properties["output_config"] = JsonShape.Object(new()
        {
            ["effort"] = Skip,
            ["format"] = JsonShape.Object(new() { ["type"] = Skip, ["schema"] = FreeForm }),
        });
        properties["service_tier"] = Skip;
        return properties;
    }

    /// <summary>A content block: its own members plus <c>type</c> and <c>cache_control</c>.</summary>
    private static JsonShape Block(Dictionary<string, JsonShape> properties)
    {
        properties["type"] = Skip;
        properties["cache_control"] = CacheControl;
        return JsonShape.Object(properties);
    }
}
