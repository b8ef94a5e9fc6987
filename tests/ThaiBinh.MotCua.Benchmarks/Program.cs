using BenchmarkDotNet.Running;
using ThaiBinh.MotCua.Benchmarks.Files;
using ThaiBinh.MotCua.Benchmarks.Http;
using ThaiBinh.MotCua.Benchmarks.Outbox;
using ThaiBinh.MotCua.Benchmarks.Scale;

// `scale …` is the scale data set tool (deploy/bench-scale.sh), `http …` the load driver of
// deploy/bench-http.sh, `outbox …` the delivery worker's of deploy/bench-outbox.sh; anything else
// runs BenchmarkDotNet.
if (args is ["scale", .. var rest])
{
    return await ScaleCommand.RunAsync(rest);
}

if (args is ["http", .. var httpArgs])
{
    return await HttpCommand.RunAsync(httpArgs);
}

if (args is ["outbox", .. var outboxArgs])
{
    return await OutboxCommand.RunAsync(outboxArgs);
}

if (args is ["upload", .. var uploadArgs])
{
    return await UploadCommand.RunAsync(uploadArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(ThaiBinh.MotCua.Benchmarks.ReceiptBenchmark).Assembly).Run(args);
return 0;
