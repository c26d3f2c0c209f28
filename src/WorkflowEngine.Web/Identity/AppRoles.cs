namespace WorkflowEngine.Web.Identity;

/// <summary>What a person may do in the app. Each user holds one or more.</summary>
public static class AppRoles
{
    /// <summary>Works an inbox of their agency's tasks.</summary>
    public const string Practitioner = "practitioner";

    /// <summary>Handles their agency's overdue and escalated tasks.</summary>
    public const string Manager = "manager";

    /// <summary>A safeguarding lead: sees every case, edits and publishes workflows and rule sets, reads the measures.</summary>
    public const string Lead = "lead";

    /// <summary>Runs the system: users, incidents, failed notifications.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, for seeding.</summary>
    public static readonly IReadOnlyList<string> All = [Practitioner, Manager, Lead, Admin];
}
