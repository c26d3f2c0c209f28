namespace WorkflowEngine.Core.Measures;

/// <summary>One line of a measure broken down, e.g. disruption measures of one type, or one agency's overdue tasks at one level.</summary>
/// <param name="Measure">The breakdown's key, e.g. <c>measures-by-type</c>, <c>tasks-by-agency</c>.</param>
/// <param name="Group">What the line is about: a measure type or an agency key.</param>
/// <param name="Level">For tasks, the escalation level (0 when not escalated); otherwise null.</param>
/// <param name="Open">For tasks, how many are open; otherwise the count.</param>
/// <param name="Overdue">For tasks, how many are overdue.</param>
/// <param name="Escalated">For tasks, how many have a live escalation.</param>
public sealed record BreakdownRow(string Measure, string Group, int? Level, int Open, int Overdue = 0, int Escalated = 0);
