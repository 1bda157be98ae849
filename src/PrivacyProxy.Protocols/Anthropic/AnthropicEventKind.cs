namespace PrivacyProxy.Protocols.Anthropic;

/// <summary>The Anthropic stream events the rewriter treats differently; everything else passes as received.</summary>
internal enum AnthropicEventKind
{
    /// <summary><c>ping</c> and any event the proxy does not know.</summary>
    Other,

    /// <summary><c>message_start</c>: the Message, normally with empty content.</summary>
    MessageStart,

    /// <summary><c>content_block_start</c>: a block's type and initial fields.</summary>
    BlockStart,

    /// <summary><c>content_block_delta</c>: a fragment of one block field.</summary>
    BlockDelta,

    /// <summary><c>content_block_stop</c>: the block is complete.</summary>
    BlockStop,

    /// <summary><c>message_delta</c>: stop reason, stop sequence and cumulative usage.</summary>
    MessageDelta,

    /// <summary><c>message_stop</c>: the end of the message.</summary>
    MessageStop,

    /// <summary><c>error</c>: the stream failed.</summary>
    Error,
}
