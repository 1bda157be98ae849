namespace PrivacyProxy.Audit;

/// <summary>Why audit events were lost.</summary>
public enum AuditDropReason
{
    /// <summary>The queue was full: the store is slower than the traffic, or down.</summary>
    QueueFull,

    /// <summary>The store kept failing until the retry budget ran out.</summary>
    StoreFailed,

    /// <summary>The writer was stopping: the queue was closed, or the drain ran out of time.</summary>
    Stopped,
}
