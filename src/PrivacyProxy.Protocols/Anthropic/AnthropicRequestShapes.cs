using PrivacyProxy.Protocols.Json;
using static PrivacyProxy.Protocols.Json.VocabularyShapes;

namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>
/// What the scrubber knows about Anthropic Messages request bodies: content blocks by their <c>type</c>, media
/// sources, tools. Listed is only protocol vocabulary (passing when it fits its grammar) and fields with a special
/// role; anything else,
/// including every block of an unknown type, is scanned free-form.
/// </summary>
internal static class AnthropicRequestShapes
{
    private static readonly JsonShape Text = JsonShape.Text;
    private static readonly JsonShape FreeForm = JsonShape.FreeForm;

    /// <summary>The <c>type</c> of a content block (the variant is chosen by it; an unknown one is scanned).</summary>
    private static readonly JsonShape BlockType = OneOf(
        "text", "image", "document", "search_result", "thinking", "redacted_thinking", "tool_use", "server_tool_use",
        "tool_result", "web_search_tool_result");

    private static readonly JsonShape CacheControl = JsonShape.Object(new()
    {
        ["type"] = OneOf("ephemeral"),
        ["ttl"] = OneOf("5m", "1h"),
    });

    private static readonly JsonShape CitationsConfig = JsonShape.Object(new() { ["enabled"] = Flag });

    /// <summary>A citation sent back in history: the quoted text is user data, the locators are vocabulary.</summary>
    private static readonly JsonShape Citation = JsonShape.Object(new()
    {
        ["type"] = OneOf(
            "char_location", "page_location", "content_block_location", "search_result_location", "web_search_result_location"),
        ["cited_text"] = Text,
        ["document_index"] = Count,
        ["document_title"] = Text,
        ["start_char_index"] = Count,
        ["end_char_index"] = Count,
        ["start_page_number"] = Count,
        ["end_page_number"] = Count,
        ["start_block_index"] = Count,
        ["end_block_index"] = Count,
        ["search_result_index"] = Count,
        ["encrypted_index"] = Opaque,
        ["file_id"] = Id,
        ["source"] = Text,
        ["title"] = Text,
        ["url"] = Text,
    });

    private static readonly JsonShape TextBlock = Block(new()
    {
        ["text"] = Text,
        ["citations"] = JsonShape.ArrayOf(Citation),
    });

    /// <summary>A block that can carry inline media; stripped, it becomes a text block (valid wherever these are).</summary>
    private static readonly MediaWithholding AsTextBlock = MediaWithholding.TextPart("text");

    private static readonly JsonShape ImageBlock = Block(new() { ["source"] = MediaSource(MediaKind.Image) }).WithheldAs(AsTextBlock);

    private static readonly JsonShape ContentSourceBlock = JsonShape.Discriminated(
        "type", new() { ["text"] = TextBlock, ["image"] = ImageBlock }, fallback: FreeForm);

    /// <summary>A document source: plain text is scanned, a base64 file is media, content blocks are blocks.</summary>
    private static readonly JsonShape DocumentSource = JsonShape.Discriminated(
        "type",
        new()
        {
            ["text"] = JsonShape.Object(new() { ["type"] = OneOf("text"), ["media_type"] = Text, ["data"] = Text }),
            ["content"] = JsonShape.Object(new()
            {
                ["type"] = OneOf("content"),
                ["content"] = JsonShape.Union(FieldRole.Text, items: ContentSourceBlock),
            }),
        },
        fallback: MediaSource(MediaKind.File));

    private static readonly JsonShape DocumentBlock = Block(new()
    {
        ["source"] = DocumentSource,
        ["title"] = Text,
        ["context"] = Text,
        ["citations"] = CitationsConfig,
    }).WithheldAs(AsTextBlock);

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
    /// upstream data and pass unchanged when they are ciphertext, else the request is refused (see
    /// <see cref="AnthropicMessagesProtocol"/> on signatures).
    /// </summary>
    private static readonly JsonShape ThinkingBlock = Block(new() { ["thinking"] = Text, ["signature"] = Opaque });

    /// <summary>Web search results are upstream data: URLs and titles are scanned, the encrypted page content passes.</summary>
    private static readonly JsonShape WebSearchResult = JsonShape.Object(new()
    {
        ["type"] = OneOf("web_search_result"),
        ["url"] = Text,
        ["title"] = Text,
        ["encrypted_content"] = Opaque,
        ["page_age"] = Text,
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
            ["redacted_thinking"] = Block(new() { ["data"] = Opaque }),
            ["tool_use"] = Block(new() { ["id"] = Id, ["name"] = Text, ["input"] = FreeForm }),
            ["server_tool_use"] = Block(new() { ["id"] = Id, ["name"] = Text, ["input"] = FreeForm }),
            ["tool_result"] = Block(new()
            {
                ["tool_use_id"] = Id,
                ["content"] = JsonShape.Union(FieldRole.Text, items: ToolResultContent),
                ["is_error"] = Flag,
            }),
            ["web_search_tool_result"] = Block(new()
            {
                ["tool_use_id"] = Id,
                ["content"] = JsonShape.Union(
                    FieldRole.Text,
                    new() { ["type"] = OneOf("web_search_tool_result_error"), ["error_code"] = Text },
                    WebSearchResult),
            }),
        },
        fallback: FreeForm);

    /// <summary>Text or a list of content blocks (message content, system).</summary>
    private static readonly JsonShape Content = JsonShape.Union(FieldRole.Text, items: ContentBlock);

    private static readonly JsonShape Message = JsonShape.Object(new() { ["role"] = OneOf("user", "assistant"), ["content"] = Content });

    /// <summary>A tool definition: name, description and schema are scanned (server-tool options are free-form).</summary>
    private static readonly JsonShape Tool = JsonShape.Object(new()
    {
        ["type"] = OneOf("custom"),
        ["name"] = Text,
        ["description"] = Text,
        ["input_schema"] = FreeForm,
        ["cache_control"] = CacheControl,
        ["strict"] = Flag,
        ["max_uses"] = Count,
    });

    /// <summary>Root of a <c>/v1/messages</c> request.</summary>
    public static JsonShape MessagesRoot { get; } = JsonShape.Object(Common(new()
    {
        ["max_tokens"] = Count,
    }));

    /// <summary>Root of a <c>/v1/messages/count_tokens</c> request (the same body without <c>max_tokens</c>).</summary>
    public static JsonShape CountTokensRoot { get; } = JsonShape.Object(Common(new()));

    private static Dictionary<string, JsonShape> Common(Dictionary<string, JsonShape> properties)
    {
        properties["model"] = Model;
        properties["messages"] = JsonShape.ArrayOf(Message);
        properties["system"] = Content;
        properties["metadata"] = JsonShape.Object(new());
        properties["stop_sequences"] = Text;
        properties["stream"] = Flag;
        properties["temperature"] = Temperature;
        properties["top_p"] = Probability;
        properties["top_k"] = Count;
        properties["thinking"] = JsonShape.Object(new()
        {
            ["type"] = OneOf("enabled", "disabled", "adaptive"),
            ["budget_tokens"] = Count,
            ["display"] = OneOf("summarized", "omitted"),
        });
        properties["tools"] = JsonShape.ArrayOf(Tool);
        properties["tool_choice"] = JsonShape.Union(FieldGrammar.OneOf("auto", "any", "none"), new()
        {
            ["type"] = OneOf("auto", "any", "tool", "none"),
            ["name"] = Text,
            ["disable_parallel_tool_use"] = Flag,
        });
        properties["output_config"] = JsonShape.Object(new()
        {
            ["effort"] = OneOf("low", "medium", "high", "max"),
            ["format"] = JsonShape.Object(new() { ["type"] = OneOf("json_schema"), ["schema"] = FreeForm }),
        });
        properties["service_tier"] = OneOf("auto", "standard_only");
        return properties;
    }

    /// <summary>Image and document sources with inline data refuse it (media); http(s) URLs are scanned.</summary>
    private static JsonShape MediaSource(MediaKind kind) => JsonShape.Object(new()
    {
        ["type"] = OneOf("base64", "url", "file"),
        ["media_type"] = Text,
        ["data"] = JsonShape.Media(kind),
        ["url"] = JsonShape.Media(kind),
        ["file_id"] = Id,
    });

    /// <summary>A content block: its own members plus <c>type</c> and <c>cache_control</c>.</summary>
    private static JsonShape Block(Dictionary<string, JsonShape> properties)
    {
        properties["type"] = BlockType;
        properties["cache_control"] = CacheControl;
        return JsonShape.Object(properties);
    }
}
