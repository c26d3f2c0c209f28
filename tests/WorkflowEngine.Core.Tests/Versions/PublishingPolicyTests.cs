using WorkflowEngine.Core.Versions;

namespace WorkflowEngine.Core.Tests.Versions;

/// <summary>Four-eyes publishing's one rule: who may publish, submit, approve and send back, and the words a lead reads when refused.</summary>
public sealed class PublishingPolicyTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static StoredDocument Draft(string author = "lead.police", string? submittedBy = null) =>
        new(DocumentKind.RuleSet, "front-door-routing", 2, DocumentStatus.Draft, "{}", "hash", At, author, null, submittedBy, submittedBy is null ? null : At);

    [Fact]
    public void Publishing_directly_is_refused_naming_the_version_when_approval_is_required_and_allowed_when_it_is_not()
    {
        var refusal = Assert.Single(new PublishingPolicy(new PublishingOptions { RequireApproval = true }).DirectPublishRefusals(Draft()));

        Assert.Equal("publish.approval-required", refusal.Code);
        Assert.Equal(
            "Publishing needs a second lead's approval: submit version 2 of 'front-door-routing' for approval with a reason, and another lead approves it.",
            refusal.Message);
        Assert.Empty(new PublishingPolicy(new PublishingOptions { RequireApproval = false }).DirectPublishRefusals(Draft()));
    }

    [Fact]
    public void Approval_is_required_unless_configured_off()
    {
        Assert.True(new PublishingPolicy(new PublishingOptions()).RequiresApproval);
    }

    [Fact]
    public void The_author_of_a_draft_may_not_approve_it_even_when_someone_else_submitted_it()
    {
        var refusal = Assert.Single(PublishingPolicy.ApproveRefusals(Draft(author: "lead.police", submittedBy: "chair.partnership"), "LEAD.POLICE"));

        Assert.Equal("approval.own-draft", refusal.Code);
        Assert.Equal("You wrote version 2 of 'front-door-routing', so another lead must approve it.", refusal.Message);
        Assert.True(PublishingPolicy.IsOwnWork(refusal));
    }

    [Fact]
    public void The_submitter_of_a_draft_may_not_approve_or_send_it_back()
    {
        var draft = Draft(author: "system:files", submittedBy: "lead.police");

        Assert.Equal("approval.own-submission", Assert.Single(PublishingPolicy.ApproveRefusals(draft, "lead.police")).Code);
        Assert.Equal(
            "You submitted version 2 of 'front-door-routing' for approval, so another lead must send back it.",
            Assert.Single(PublishingPolicy.SendBackRefusals(draft, "lead.police", "Too soon")).Message);
    }

    [Fact]
    public void A_third_lead_may_approve_a_submitted_draft()
    {
        Assert.Empty(PublishingPolicy.ApproveRefusals(Draft(author: "lead.police", submittedBy: "lead.police"), "chair.partnership"));
    }

    [Fact]
    public void A_draft_not_submitted_may_not_be_approved_or_sent_back()
    {
        Assert.Equal("approval.not-submitted", Assert.Single(PublishingPolicy.ApproveRefusals(Draft(), "chair.partnership")).Code);
        Assert.Equal(
            "Version 2 of 'front-door-routing' has not been submitted for approval; its author submits it first, with a reason.",
            Assert.Single(PublishingPolicy.SendBackRefusals(Draft(), "chair.partnership", "Not yet")).Message);
    }

    [Fact]
    public void Sending_back_needs_a_note_and_submitting_needs_a_reason()
    {
        var sentBack = Assert.Single(PublishingPolicy.SendBackRefusals(Draft(submittedBy: "lead.police"), "chair.partnership", "  "));
        Assert.Equal(("approval.note-required", "$.note"), (sentBack.Code, sentBack.Path));
        Assert.Equal("Enter a note saying what needs to change before it can be approved.", sentBack.Message);

        var submitted = Assert.Single(PublishingPolicy.SubmitRefusals(Draft(), null));
        Assert.Equal(("approval.reason-required", "$.reason"), (submitted.Code, submitted.Path));
    }

    [Fact]
    public void A_draft_already_submitted_or_a_published_version_cannot_be_submitted()
    {
        Assert.Equal(
            "Version 2 of 'front-door-routing' is already waiting for approval (submitted by lead.police).",
            Assert.Single(PublishingPolicy.SubmitRefusals(Draft(submittedBy: "lead.police"), "Again")).Message);
        Assert.Equal(
            "Version 2 of 'front-door-routing' is published; only a draft is submitted, approved or sent back.",
            Assert.Single(PublishingPolicy.SubmitRefusals(Draft() with { Status = DocumentStatus.Published }, "Why")).Message);
    }
}
