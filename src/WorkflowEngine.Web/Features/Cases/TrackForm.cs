using WorkflowEngine.Core.Validation;
using WorkflowEngine.Core.Definitions;

namespace WorkflowEngine.Web.Features.Cases;

/// <summary>
/// The start-track form's own checks, every field at once (the engine stops at its first complaint,
/// so a bad date would otherwise hide a missing reason or track): the track, when it happened, why.
/// The engine checks all of them again when the form is sound.
/// </summary>
public static class TrackForm
{
    /// <summary>When the event happened (null: now), or every error found, with the engine's paths.</summary>
    public static (DateTimeOffset? At, IReadOnlyList<ValidationError> Errors) Check(
        string? workflow, string? reason, (DateTimeOffset? At, string? Error) occurred, IReadOnlyList<ChoiceOption> tracks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        var errors = new List<ValidationError>();
        if (!tracks.Any(t => t.Value == workflow))
        {
            errors.Add(new("case.unknown-track", "$.workflow", tracks.Count == 0 ? "This case has no linked tracks to start." : "Choose which track to start"));
        }

        if (occurred.Error is not null)
        {
            errors.Add(new("page.date", "$.occurredAt", occurred.Error));
        }
        else if (DateLimits.CheckReceivedAt(occurred.At, now, "$.occurredAt", "the event") is { } outOfRange)
        {
            errors.Add(outOfRange);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("reason.required", "$.reason", "Give a reason: it is recorded on the case for everyone who works it."));
        }
        else if (TextLimits.Check(reason, TextLimits.Reason, "The reason", "$.reason") is { } overLimit)
        {
            errors.Add(overLimit);
        }

        return (occurred.At, errors);
    }
}
