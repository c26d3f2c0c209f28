using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Persistence.Journal;
using WorkflowEngine.Web.Features.Shared;

namespace WorkflowEngine.Web.Features.JournalCheck;

/// <summary>
/// Admins check that no journal has been tampered with: every case's chain re-hashed, each broken
/// case shown with its first broken entry (the same check as the <c>verify</c> command).
/// </summary>
[AdminOnly]
public sealed class JournalCheckController(JournalAudit audit) : PageController
{
    /// <summary>What the check does, and the button to run it.</summary>
    [HttpGet("/admin/journal")]
    public IActionResult Index() => View("Index", new JournalCheckView(null));

    /// <summary>Runs the check (it only reads, so a GET) and shows what it found.</summary>
    [HttpGet("/admin/journal/check")]
    public async Task<IActionResult> Check(CancellationToken cancellationToken) =>
        View("Index", new JournalCheckView(await audit.RunAsync(cancellationToken)));
}
