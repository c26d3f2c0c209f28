using System.Text.Json.Nodes;
using WorkflowEngine.Core.Journal;

namespace WorkflowEngine.Web.Api.Cases;

/// <summary>One entry of a case's hash-chained journal.</summary>
/// <param name="Sequence">1, 2, 3... within the case.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Actor">Who did it (<c>system</c> for the engine).</param>
/// <param name="Kind">What happened, e.g. <c>task.completed</c>.</param>
/// <param name="Data">Details.</param>
/// <param name="Hash">The entry's hash in the chain.</param>
public sealed record JournalEntryResponse(long Sequence, DateTimeOffset OccurredAt, string Actor, string Kind, JsonObject Data, string Hash)
{
    internal static JournalEntryResponse From(JournalEntry e) => new(e.Sequence, e.OccurredAt, e.Actor, e.Kind, e.Data, e.Hash);
}
