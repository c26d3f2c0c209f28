using WorkflowEngine.Core.Cases;

namespace WorkflowEngine.Core.Runtime;

/// <summary>A search for cases; every filter is optional.</summary>
/// <param name="ChildName">Part of the child's name.</param>
/// <param name="Status">Open or closed.</param>
/// <param name="WorkflowKey">Only cases of this workflow.</param>
/// <param name="StageKey">Only cases in this stage.</param>
/// <param name="InvolvingAgency">Only cases on which this agency has or had a task (need-to-know).</param>
/// <param name="ChildId">Only the tracks of this child.</param>
/// <param name="RaisedBy">Only the referrals this user recorded (their own list; it grants no access to the cases).</param>
/// <param name="Skip">Rows to skip, for paging.</param>
/// <param name="Take">Rows to return (at most 500).</param>
public sealed record CaseSearch(
    string? ChildName = null,
    CaseStatus? Status = null,
    string? WorkflowKey = null,
    string? StageKey = null,
    string? InvolvingAgency = null,
    Guid? ChildId = null,
    int Skip = 0,
    int Take = 50,
    string? RaisedBy = null);
