namespace WorkflowEngine.Core.Tasks;

/// <summary>Reads of hand-overs awaiting acceptance: for the sender's inbox and the dashboard.</summary>
public interface IHandoverQueries
{
    /// <summary>Tasks an agency passed on that the receiving agency has not accepted yet, soonest due first.</summary>
    Task<IReadOnlyList<InboxItem>> PassedOnAsync(string fromAgency, int take, CancellationToken cancellationToken = default);

    /// <summary>How many hand-overs each receiving agency has not accepted yet, and since when the oldest waits.</summary>
    Task<IReadOnlyList<HandoverWaiting>> WaitingByAgencyAsync(CancellationToken cancellationToken = default);
}
