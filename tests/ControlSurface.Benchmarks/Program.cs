using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/ControlSurface.Benchmarks -- --filter '*'
// Quick check: add --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
