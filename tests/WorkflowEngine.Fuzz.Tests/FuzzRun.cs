using System.Globalization;
using CsCheck;

namespace WorkflowEngine.Fuzz.Tests;

/// <summary>
/// How much to fuzz and from which seed. A fixed seed by default, so a run is repeatable and a
/// failure names the iteration that found it; <c>FUZZ_SEED</c> (a number) explores other inputs and
/// <c>FUZZ_ITERATIONS</c> (a number, the iterations of the biggest property) runs longer or shorter.
/// </summary>
internal static class FuzzRun
{
    public const ulong DefaultSeed = 20261202;

    /// <summary>The iterations of the biggest property when FUZZ_ITERATIONS is not set; the others scale from it.</summary>
    public const int DefaultIterations = 400;

    public static ulong Seed { get; } = ulong.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    public static int Iterations { get; } = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultIterations;

    /// <summary>A share of <see cref="Iterations"/>, at least one.</summary>
    public static int Share(double fraction) => Math.Max(1, (int)(Iterations * fraction));

    /// <summary>
    /// Draws <paramref name="count"/> values from the generator, in order, from the run's seed (each
    /// property on a stream of its own), and checks every one, so one kind of failure does not hide
    /// another. Fails at the end with each kind of failure, how often it was seen and its first
    /// inputs, naming the seed and iterations, so `FUZZ_SEED=... dotnet test --filter ...` finds them again.
    /// </summary>
    public static async Task ForEachAsync<T>(Gen<T> gen, int count, Func<T, Task> check, string property, Func<T, string>? show = null)
    {
        var pcg = new PCG(StreamOf(property), Seed);
        var kinds = new Dictionary<string, (int Seen, List<string> Examples)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await check(value);
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                var kind = KindOf(failure);
                var (seen, examples) = kinds.TryGetValue(kind, out var known) ? known : (0, new List<string>());
                if (examples.Count < 2)
                {
                    examples.Add($"iteration {i}: {Shorten(failure.Message)}{Where(failure)}{Environment.NewLine}    input: {Shorten(show?.Invoke(value) ?? value?.ToString() ?? "null")}");
                }

                kinds[kind] = (seen + 1, examples);
            }
        }

        if (kinds.Count > 0)
        {
            var report = string.Join(Environment.NewLine, kinds.Select(k =>
                $"- {k.Value.Seen} x {k.Key}{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", k.Value.Examples)));
            throw new FuzzFailureException($"{property}: {kinds.Values.Sum(k => k.Seen)} of {count} inputs failed (FUZZ_SEED={Seed}):{Environment.NewLine}{report}");
        }
    }

    // Where the engine threw (its innermost own frame), so a crash report points at the code at fault.
    private static string Where(Exception failure) =>
        failure is Xunit.Sdk.XunitException
            ? string.Empty
            : (failure.ToString().Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("at WorkflowEngine.", StringComparison.Ordinal) && !l.Contains(".Tests.", StringComparison.Ordinal)) is { } frame
                ? $" ({frame.Trim()})"
                : string.Empty);

    // The assertion's sentence up to its first colon (before the response it quotes), or the exception's type.
    private static string KindOf(Exception failure)
    {
        var message = failure.Message;
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        return failure is Xunit.Sdk.XunitException && colon > 0
            ? message[..colon]
            : $"{failure.GetType().Name}: {message[..Math.Min(message.Length, 160)]}";
    }

    /// <summary>The same, for checks that do not wait.</summary>
    public static Task ForEach<T>(Gen<T> gen, int count, Action<T> check, string property, Func<T, string>? show = null) =>
        ForEachAsync(gen, count, value => { check(value); return Task.CompletedTask; }, property, show);

    public static string Shorten(string text) => text.Length <= 1500 ? text : $"{text[..1500]}... ({text.Length} characters)";

    // A stable stream per property (string.GetHashCode changes between runs).
    private static uint StreamOf(string property)
    {
        var hash = 17;
        foreach (var c in property)
        {
            hash = unchecked((hash * 31) + c);
        }

        return (uint)(hash & 0x7FFFFFFF);
    }
}
