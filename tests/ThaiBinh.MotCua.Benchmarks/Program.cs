using BenchmarkDotNet.Running;
using ThaiBinh.MotCua.Benchmarks.Scale;

// `scale …` is the scale data set tool (deploy/bench-scale.sh); anything else runs BenchmarkDotNet.
if (args is ["scale", .. var rest])
{
    return await ScaleCommand.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(ThaiBinh.MotCua.Benchmarks.ReceiptBenchmark).Assembly).Run(args);
return 0;
