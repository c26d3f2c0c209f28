using Microsoft.AspNetCore.Mvc;

namespace WorkflowEngine.Web.Features.Concerns;

/// <summary>What the raise-a-concern page posts.</summary>
public sealed class ConcernForm
{
    /// <summary>The child's full name.</summary>
    public string? ChildName { get; set; }

    /// <summary>Day of birth.</summary>
    [ModelBinder(Name = "ChildDateOfBirth-day")]
    public string? BornDay { get; set; }

    /// <summary>Month of birth.</summary>
    [ModelBinder(Name = "ChildDateOfBirth-month")]
    public string? BornMonth { get; set; }

    /// <summary>Year of birth.</summary>
    [ModelBinder(Name = "ChildDateOfBirth-year")]
    public string? BornYear { get; set; }

    /// <summary>A reference the referrer's agency knows the child by.</summary>
    public string? ChildReference { get; set; }

    /// <summary>Day the concern was received.</summary>
    [ModelBinder(Name = "ReceivedAt-day")]
    public string? ReceivedDay { get; set; }

    /// <summary>Month the concern was received.</summary>
    [ModelBinder(Name = "ReceivedAt-month")]
    public string? ReceivedMonth { get; set; }

    /// <summary>Year the concern was received.</summary>
    [ModelBinder(Name = "ReceivedAt-year")]
    public string? ReceivedYear { get; set; }

    /// <summary>Time the concern was received, 24-hour, like 17:30 (London time).</summary>
    public string? ReceivedTime { get; set; }

    /// <summary>Who raised the concern.</summary>
    public string? Referrer { get; set; }

    /// <summary>What was seen or heard.</summary>
    public string? Concern { get; set; }

    /// <summary>"true" when the child is at immediate risk, "false" when not.</summary>
    public string? Urgent { get; set; }

    /// <summary>The keys of the indicator facts ticked.</summary>
    public List<string> Indicators { get; set; } = [];

    /// <summary>Missing episodes in the last 3 months.</summary>
    public string? MissingEpisodes { get; set; }
}
