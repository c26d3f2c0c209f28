namespace WorkflowEngine.Core.Reference;

/// <summary>
/// A yes/no fact that follows from a number fact when that is recorded, e.g. persistent absence from
/// attendance at or below 90%: the fact is yes when it was recorded as yes, or when the number is
/// recorded and is at most <paramref name="AtMost"/>. A number not recorded derives nothing.
/// </summary>
/// <param name="From">The number fact it follows from, e.g. <c>attendancePercent</c>.</param>
/// <param name="AtMost">The largest value of that fact for which this fact is yes.</param>
public sealed record FactDerivation(string From, decimal AtMost);
