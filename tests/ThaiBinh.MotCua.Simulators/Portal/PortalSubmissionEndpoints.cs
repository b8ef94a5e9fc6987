using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>
/// The portal handing in a dossier a citizen submitted online (integrations.md §1.3: DVCQG pushes the
/// record to the province): <c>POST /dvcqg/_sim/online-dossiers</c> with <c>{record, files:[{name,
/// document, base64 | size}]}</c> stores the files, serves them at <c>/dvcqg/_sim/files/{id}</c>, adds
/// them to the record's <c>TaiLieuNop</c> with their download address, posts the record to the
/// system's inbound address with the shared token and answers what the system answered.
/// <c>GET /dvcqg/_sim/online-dossiers</c> lists every hand-in and its answer.
/// </summary>
public static class PortalSubmissionEndpoints
{
    public const string TokenHeader = "X-Portal-Token";

    public static IServiceCollection AddPortalSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalSubmissionOptions>(configuration.GetSection("Simulators:Portal"));
        services.AddHttpClient(nameof(PortalSubmissionEndpoints), http => http.Timeout = TimeSpan.FromMinutes(10));
        return services.AddSingleton<PortalSubmissionStore>();
    }

    public static IEndpointRouteBuilder MapPortalSubmissions(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/dvcqg/_sim");
        portal.MapPost("/online-dossiers", HandInAsync);
        portal.MapGet("/online-dossiers", (PortalSubmissionStore store) => Results.Json(store.HandIns));
        portal.MapGet("/files/{id}", (string id, PortalSubmissionStore store) => store.File(id) is { } file
            ? Results.Stream(file.Content is { } bytes ? new MemoryStream(bytes) : new GeneratedPdfStream(file.Size), "application/octet-stream", file.Name)
            : Results.NotFound());
        portal.MapGet("/files/{id}/downloads", (string id, PortalSubmissionStore store) => Results.Json(new { downloads = store.Downloads(id) }));
        return app;
    }

    private static async Task<IResult> HandInAsync(
        SubmissionRequest submission, HttpRequest request, PortalSubmissionStore store, IOptions<PortalSubmissionOptions> options,
        IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (submission.Record is not { } record)
        {
            return Results.BadRequest(new { message = "Thiếu bản ghi hồ sơ (record)" });
        }

        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/dvcqg/_sim/files/";
        var files = new JsonArray();
        foreach (var file in submission.Files ?? [])
        {
            var id = store.Add(new PortalFile(
                file.Name, file.Base64 is { } base64 ? Convert.FromBase64String(base64) : null, file.Size ?? 0));
            files.Add(new JsonObject
            {
                ["TepDinhKemId"] = id,
                ["TenTepDinhKem"] = file.Name,
                ["TenThanhPhanHoSo"] = file.Document,
                ["IsDeleted"] = "False",
                ["DuongDanTaiTepTin"] = file.Address ?? baseUrl + id,
            });
        }

        var sent = (JsonObject)record.DeepClone();
        sent["TaiLieuNop"] = files;
        using var message = new HttpRequestMessage(HttpMethod.Post, options.Value.InboundUrl) { Content = JsonContent.Create(sent) };
        message.Headers.TryAddWithoutValidation(TokenHeader, submission.Token ?? options.Value.InboundToken);
        using var response = await clients.CreateClient(nameof(PortalSubmissionEndpoints)).SendAsync(message, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var answer = text.Length == 0 ? null : JsonNode.Parse(text);
        store.Record(new PortalHandIn(PortalRecordRules.Text(record, "MaHoSo") ?? "", sent, (int)response.StatusCode, answer));
        return Results.Json(new { status = (int)response.StatusCode, answer, files = files.Select(f => f!["TepDinhKemId"]!.GetValue<string>()) });
    }

    /// <summary>
    /// What to hand in: the record's fields, its files, and for a test of refusals a token of its own
    /// and a file address other than the simulator's.
    /// </summary>
    public sealed record SubmissionRequest(JsonObject? Record, IReadOnlyList<SubmissionFile>? Files, string? Token = null);

    public sealed record SubmissionFile(string Name, string Document, string? Base64, long? Size, string? Address = null);
}
