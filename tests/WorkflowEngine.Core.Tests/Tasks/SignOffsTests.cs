using WorkflowEngine.Core.Definitions;
using WorkflowEngine.Core.Tasks;

namespace WorkflowEngine.Core.Tests.Tasks;

public class SignOffsTests
{
    private static readonly TaskDefinition Review = new()
    {
        Key = "mace-review",
        Title = "MACE review",
        Owner = new OwnerSpec { Agency = "police" },
        Due = new DueSpec { WorkingDays = 1 },
        Outcomes =
        [
            new OutcomeDefinition("continue", "Continue"),
            new OutcomeDefinition("close", "Close") { SignOff = ["police", "childrens-social-care"] },
            new OutcomeDefinition("step-down", "Step down") { SignOff = ["childrens-social-care", "education"] },
        ],
    };

    private static CaseTask Task(params string[] signedBy) => new()
    {
        Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), StageKey = "review", StageVisit = 1, TaskKey = "mace-review", Title = "MACE review",
        Agency = "police", CreatedAt = DateTimeOffset.UnixEpoch, DueAt = DateTimeOffset.UnixEpoch,
        SignOffs = [.. signedBy.Select(a => new TaskSignOff(a, "someone", DateTimeOffset.UnixEpoch))],
    };

    [Fact]
    public void Every_agency_any_outcome_needs_is_listed_once_in_the_order_named() =>
        Assert.Equal(["police", "childrens-social-care", "education"], SignOffs.AgenciesFor(Review));

    [Fact]
    public void An_outcome_needing_no_sign_off_is_never_waiting() =>
        Assert.Empty(SignOffs.Missing(Review, "continue", Task()));

    [Fact]
    public void The_missing_agencies_are_those_the_chosen_outcome_names_that_have_not_signed() =>
        Assert.Equal(["childrens-social-care"], SignOffs.Missing(Review, "close", Task("police", "education")));

    [Fact]
    public void With_every_named_agency_signed_the_outcome_may_be_chosen() =>
        Assert.Empty(SignOffs.Missing(Review, "close", Task("childrens-social-care", "police")));

    [Fact]
    public void An_unknown_outcome_needs_no_sign_off_the_form_check_refuses_it_instead() =>
        Assert.Empty(SignOffs.Missing(Review, "nonsense", Task()));
}
