namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>A read path of the benchmark: its full name for the report, a short one for tables, and its next request.</summary>
public sealed record ReadPath(string Name, string Short, Func<BenchRequest> Next);

/// <summary>
/// The requests the driver sends, as the centre's reception officer (tinh.tiepnhan) and the
/// province's supervisor (tinh.giamsat): receive, the five read paths in the order of the report
/// and of the peak mix's shares, and the three pages.
/// </summary>
public sealed class BenchPaths
{
    private readonly string _reception;
    private readonly ReceiveBody _body;
    private readonly DossierSample _sample;

    private BenchPaths(string reception, string supervisor, PageSessions pages, ReceiveBody body, DossierSample sample)
    {
        _reception = reception;
        _body = body;
        _sample = sample;
        Reads =
        [
            new("work queue (GET /api/dossiers, centre reception)", "queue", () => new(HttpMethod.Get, "/api/dossiers", reception)),
            new("dossier detail (GET /api/dossiers/{code})", "detail", Detail),
            new("public lookup (GET /api/public/dossiers/{code}?verify=)", "lookup", sample.PublicLookup),
            new("overdue list (GET /api/supervision/overdue, supervisor)", "overdue", () => new(HttpMethod.Get, "/api/supervision/overdue", supervisor)),
            new("receipt PDF (GET /api/dossiers/{code}/forms/receipt.pdf)", "receipt PDF",
                () => new(HttpMethod.Get, $"/api/dossiers/{sample.CodeWithReceipt()}/forms/receipt.pdf", reception)),
        ];
        Pages =
        [
            new("work queue page (GET /ho-so, centre reception)", "queue page", () => new(HttpMethod.Get, "/ho-so", null, Cookie: pages.Reception)),
            new("dossier page (GET /ho-so/{code})", "dossier page", () => new(HttpMethod.Get, $"/ho-so/{sample.Code()}", null, Cookie: pages.Reception)),
            new("supervisor's screen (GET /giam-sat, province supervisor)", "supervisor", () => new(HttpMethod.Get, "/giam-sat", null, Cookie: pages.Supervisor)),
        ];
    }

    public IReadOnlyList<ReadPath> Reads { get; }

    /// <summary>The officers' pages the issue-13 targets name, as the same two officers' browsers ask for them.</summary>
    public IReadOnlyList<ReadPath> Pages { get; }

    /// <summary>Signs the two officers in on <paramref name="client"/>'s API (each API process has its own signing key).</summary>
    public static async Task<BenchPaths> SignInAsync(BenchClient client, string password, ReceiveBody body, DossierSample sample) =>
        new(await client.SignInAsync("tinh.tiepnhan", password), await client.SignInAsync("tinh.giamsat", password),
            new PageSessions(await client.SignInToPagesAsync("tinh.tiepnhan", password), await client.SignInToPagesAsync("tinh.giamsat", password)),
            body, sample);

    private sealed record PageSessions(string Reception, string Supervisor);

    public BenchRequest Receive() => new(HttpMethod.Post, "/api/dossiers", _reception, _body.Next());

    public BenchRequest Detail() => new(HttpMethod.Get, $"/api/dossiers/{_sample.Code()}", _reception);

    public BenchRequest Transfer(string code) => new(HttpMethod.Post, $"/api/dossiers/{code}/transfer", _reception);
}
