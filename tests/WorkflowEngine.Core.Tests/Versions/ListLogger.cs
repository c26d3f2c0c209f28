using Microsoft.Extensions.Logging;

namespace WorkflowEngine.Core.Tests.Versions;

/// <summary>Keeps the formatted messages of warnings and worse, to assert on what an operator reads.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<string> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Messages.Add(formatter(state, exception));
        }
    }
}
