namespace WorkflowEngine.Core.Versions;

/// <summary>Where a decision leads: the transition a rule's <c>SuccessEvent</c> picks, and its target stage.</summary>
/// <param name="Decision">The decision value (a rule's <c>SuccessEvent</c>, or <c>otherwise</c>).</param>
/// <param name="Transition">The transition's key.</param>
/// <param name="To">The stage it goes to.</param>
/// <param name="ToName">That stage's name.</param>
/// <param name="Label">The transition's label, if any.</param>
public sealed record DecisionRoute(string Decision, string Transition, string To, string ToName, string? Label);
