namespace WorkflowEngine.Core.Versions;

/// <summary>
/// Stores versions of workflow definitions and rule sets: the reader and the writer together, as
/// the database implements them. Code that only reads (the runtime, the simulator) takes an
/// <see cref="IDocumentReader"/>.
/// </summary>
public interface IDocumentStore : IDocumentReader, IDocumentWriter;
