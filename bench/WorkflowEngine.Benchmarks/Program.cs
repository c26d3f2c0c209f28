using BenchmarkDotNet.Running;

// Micro benchmarks of the engine's hot paths. Run all of them:
//   dotnet run -c Release --project bench/WorkflowEngine.Benchmarks -- --filter '*'
// or a quick pass with BenchmarkDotNet's short job: add `--job short`.
BenchmarkSwitcher.FromAssembly(typeof(WorkflowEngine.Benchmarks.DefinitionBenchmarks).Assembly).Run(args);
