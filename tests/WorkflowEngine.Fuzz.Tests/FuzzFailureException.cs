namespace WorkflowEngine.Fuzz.Tests;

/// <summary>A fuzz property that failed, naming the seed, iteration and input.</summary>
public sealed class FuzzFailureException(string message) : Exception(message);
