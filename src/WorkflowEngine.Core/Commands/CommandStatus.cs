namespace WorkflowEngine.Core.Commands;

/// <summary>How a command ended. The web layer maps each to an HTTP status.</summary>
public enum CommandStatus
{
    /// <summary>Done and saved.</summary>
    Succeeded,

    /// <summary>The input was wrong; nothing was saved (HTTP 400).</summary>
    Invalid,

    /// <summary>The case or task does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The workflow does not allow it now: an illegal trigger or an unmet guard (HTTP 409).</summary>
    NotAllowed,

    /// <summary>Someone else changed the case or task first; nothing was saved (HTTP 409).</summary>
    Conflict,

    /// <summary>
    /// A workflow or rule set the command needs has no published version (retired, or a database
    /// edited by hand); nothing was saved, and it can succeed once a lead publishes one (HTTP 503).
    /// </summary>
    Unavailable,

    /// <summary>The caller has no need to know, or no right to act, on this case or task (HTTP 403).</summary>
    Forbidden,
}
