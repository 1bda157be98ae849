namespace PrivacyProxy.Protocols.Responses;

/// <summary>Which open texts of a Responses stream an event ends, so their held-back text is released before it.</summary>
internal enum ReleaseScope
{
    /// <summary>The event ends nothing.</summary>
    None,

    /// <summary>A <c>.done</c> event: the text of its kind at its item and part.</summary>
    Text,

    /// <summary>A part-level done event (<c>response.content_part.done</c>): the texts of that part.</summary>
    Part,

    /// <summary><c>response.output_item.done</c>: every text of the item.</summary>
    Item,

    /// <summary>A terminal event (<c>response.completed</c>, <c>.incomplete</c>, <c>.failed</c>, <c>error</c>): everything.</summary>
    All,
}
