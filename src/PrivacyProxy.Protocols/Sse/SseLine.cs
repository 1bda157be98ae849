namespace PrivacyProxy.Protocols.Sse;

/// <summary>One line of a buffered SSE event: where it sits in the event's raw bytes and whether it is a data line.</summary>
internal readonly record struct SseLine(int Start, int ContentLength, int Length, bool IsData);
