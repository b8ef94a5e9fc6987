using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ThaiBinh.MotCua.Benchmarks.ReceiptBenchmark).Assembly).Run(args);
