using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ThaiBinh.MotCua.Benchmarks.Http;
using ThaiBinh.MotCua.Benchmarks.Outbox;

namespace ThaiBinh.MotCua.Benchmarks.Files;

/// <summary>
/// `upload`: file uploads measured over real HTTP against an API process of its own
/// (deploy/bench-upload.sh): --count uploads of --size-mb one after the other, then one of
/// --large-mb; MB/s per round (bytes sent over the time from the first byte to the 201), and the
/// process's memory: VmRSS sampled every 50 ms and VmHWM, the peak since start. The GC heap is
/// capped with DOTNET_GCHeapHardLimit (--heap-limit-mib): a run that completes kept the heap under it.
/// </summary>
public static class UploadCommand
{
    private const string Desk = "phuong.tiepnhan";
    private const string Password = "MotCua@2026";
    private const double Mb = 1_000_000d;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = UploadBenchOptions.Parse(args);
        Directory.CreateDirectory(options.Out);
        var store = Path.GetFullPath(Path.Combine(options.Out, "files"));
        if (Directory.Exists(store))
        {
            Directory.Delete(store, recursive: true);
        }

        var largest = (long)Math.Max(options.SizeMb, options.LargeMb) * 1_000_000;
        Environment.SetEnvironmentVariable("Files__Root", store);
        Environment.SetEnvironmentVariable("Files__MaxFileBytes", (largest + 1024).ToString(CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("Files__MaxDossierBytes", (largest * 2).ToString(CultureInfo.InvariantCulture));
        if (options.HeapLimitMib > 0)
        {
            Environment.SetEnvironmentVariable("DOTNET_GCHeapHardLimit", "0x" + ((long)options.HeapLimitMib * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture));
        }

        var report = new StringBuilder();
        void Say(string line)
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        Say($"upload benchmark {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; "
            + $"{options.Count} × {options.SizeMb} MB then 1 × {options.LargeMb} MB; GC heap cap {(options.HeapLimitMib > 0 ? $"{options.HeapLimitMib} MiB" : "none")}");
        await using var api = await ApiProcess.StartAsync(options.ApiDll, options.Connection, Path.Combine(options.Out, "api.log"));
        var memory = new ProcessMemory(api.Pid);
        Say($"API process after start: VmRSS {memory.Read().RssKib / 1024} MiB");

        using var client = new BenchClient(api.Address, TimeSpan.FromSeconds(30));
        var token = await client.SignInAsync(Desk, Password);
        var receipt = await CommuneReceipt.LoadAsync(client);
        using var http = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        async Task<double> RoundAsync(string label, int uploads, long bytes)
        {
            // One dossier per upload: the per-dossier limit is not what is measured.
            var seconds = 0d;
            for (var i = 0; i < uploads; i++)
            {
                var code = await receipt.ReceiveAsync(client, token);
                using var detail = await client.GetJsonAsync($"/api/dossiers/{code}", token);
                var document = detail.RootElement.GetProperty("documents")[0].GetProperty("name").GetString()!;
                var clock = Stopwatch.StartNew();
                using var response = await memory.SampleWhile(http.PostAsync($"/api/dossiers/{code}/files", GeneratedPdf.Form(document, bytes, (ulong)(i + 1) * 7919)));
                seconds += clock.Elapsed.TotalSeconds;
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"upload {i + 1} of {label}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }

            var rate = uploads * bytes / Mb / seconds;
            var (rss, peak) = memory.Read();
            Say($"{label}: {uploads} × {bytes / Mb:0} MB in {seconds:0.0} s: {rate:0.0} MB/s; VmRSS now {rss / 1024} MiB, "
                + $"highest sampled {memory.MaxSampledKib / 1024} MiB, VmHWM {peak / 1024} MiB");
            return rate;
        }

        await RoundAsync("many", options.Count, (long)options.SizeMb * 1_000_000);
        await RoundAsync("large", 1, (long)options.LargeMb * 1_000_000);
        await File.WriteAllTextAsync(Path.Combine(options.Out, "summary.txt"), report.ToString());
        return 0;
    }
}
