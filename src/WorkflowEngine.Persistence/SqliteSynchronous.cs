namespace WorkflowEngine.Persistence;

/// <summary>SQLite's <c>synchronous</c> setting, in write-ahead-log mode.</summary>
public enum SqliteSynchronous
{
    /// <summary>Every commit is flushed to disk before it returns.</summary>
    Full,

    /// <summary>Commits are flushed at checkpoints; a power cut may lose the last few.</summary>
    Normal,
}
