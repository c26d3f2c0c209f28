using System.Globalization;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Panels;
using WorkflowEngine.Core.Runtime.Handlers;
using WorkflowEngine.Web.Access;

namespace WorkflowEngine.Web.Features.Panels;

/// <summary>
/// Reads the cases on a sitting's agenda for someone shown their summaries: each read goes to the
/// case's disclosure log as sharing under the MACE protocol, with the sitting it was for.
/// </summary>
public sealed class PanelDisclosure(ReadCaseHandler reads, PanelService panels)
{
    /// <summary>What the disclosure log says the read was for.</summary>
    public static string Purpose(PanelSitting sitting, string panelName)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        return $"Shared under the MACE information-sharing protocol: the agenda of the {panelName} sitting on "
            + sitting.Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
    }

    /// <summary>The summaries of the cases on the agenda, in agenda order, each read recorded.</summary>
    public async Task<IReadOnlyDictionary<Guid, PanelCaseSummary>> SummariesAsync(PanelSitting sitting, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sitting);
        ArgumentNullException.ThrowIfNull(viewer);
        var purpose = Purpose(sitting, panels.Schedule.Name);
        var summaries = new Dictionary<Guid, PanelCaseSummary>();
        foreach (var item in sitting.Agenda)
        {
            var read = await reads.HandleAsync(new(item.CaseId, viewer.UserName, purpose), cancellationToken);
            if (read.Status == CommandStatus.Succeeded)
            {
                summaries[item.CaseId] = panels.Summarise(read.Value!, sitting.Date);
            }
            else if (read.Status != CommandStatus.NotFound)
            {
                // A summary shown without its disclosure recorded would break the audit trail.
                throw new InvalidOperationException($"The read of case {item.CaseId} could not be written to its disclosure log: "
                    + string.Join(" ", read.Errors.Select(e => e.Message)));
            }
        }

        return summaries;
    }
}
