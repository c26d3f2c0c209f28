using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Web.Identity;

/// <summary>
/// Refuses a reassignment to a person who does not exist or is not of the agency the task goes
/// to, before Core is asked (Core checks the agency and role; people live in the sign-in store).
/// Without it, an "assigned to you" e-mail would go to an invented address.
/// </summary>
public static class ReassignPersonCheck
{
    /// <summary>The error for <c>$.person</c>, or null when the person is one of the agency's people (or none is named).</summary>
    public static async Task<ValidationError?> CheckAsync(PeopleDirectory people, string? person, string agency, string agencyName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (string.IsNullOrWhiteSpace(person))
        {
            return null;
        }

        var known = await people.InAgencyAsync(agency, cancellationToken);
        return known.Any(p => p.UserName == person.Trim())
            ? null
            : new ValidationError("task.unknown-person", "$.person", $"'{person.Trim()}' is not one of {agencyName}'s people. Choose a person who works there, or leave the person out.");
    }
}
